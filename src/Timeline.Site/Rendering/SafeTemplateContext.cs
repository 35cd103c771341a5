using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Timeline.Site.Rendering;

/// <summary>
/// A template context that HTML-escapes every value a template writes, unless it is <see cref="RawHtml"/>.
/// Scriban does not escape by default; here a template cannot forget to, so article text always stays text.
/// </summary>
internal sealed class SafeTemplateContext : TemplateContext
{
    // Scriban makes a reflection accessor for each record type once per context, and a site renders
    // tens of thousands of pages, each with its own context; every context here has the same member
    // renamer and filter, and an accessor is read-only once made, so one per type serves them all.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> Accessors = new();

    public SafeTemplateContext(ScriptObject builtins) : base(builtins)
    {
        PushCulture(CultureInfo.InvariantCulture);
        StrictVariables = true;
        // Scriban's defaults cut a render at 1 MiB and cap loops at 1,000 iterations; a large timeline passes both,
        // and a silently truncated page is worse than a slow one.
        LimitToString = 0;
        LoopLimit = int.MaxValue;
        RecursiveLimit = 200;
        NewLine = "\n";
    }

    // Scriban's accessor of a plain .NET type reads each member by reflection; it is wrapped in one with compiled getters.
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        target is IScriptObject ? base.GetMemberAccessorImpl(target) : Accessors.GetOrAdd(target.GetType(), type => base.GetMemberAccessorImpl(target) switch
        {
            Scriban.Runtime.Accessors.TypedObjectAccessor typed => CompiledObjectAccessor.Wrap(typed, type, this, target),
            var other => other,
        });

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        // Straight into the page's builder when nothing is indented (Scriban then only appends): an escaped value
        // would otherwise be a new string first, and article text has an apostrophe or a quote in most sentences.
        if (Output is BuilderOutput target && CurrentIndent is null)
        {
            switch (textAsObject)
            {
                case PageBody body:
                    target.Builder.Append(body.Builder);
                    return this;
                case string s:
                    WebUtility.HtmlEncode(s, target.Writer);
                    return this;
                case RawHtml raw:
                    target.Builder.Append(raw.Html);
                    return this;
            }
        }
        return base.Write(span, Escape(textAsObject));
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) =>
        base.WriteAsync(span, Escape(textAsObject));

    private static object Escape(object? value) => value switch
    {
        RawHtml raw => raw.Html,
        PageBody body => body.ToString(),
        string s => WebUtility.HtmlEncode(s),
        null => "",
        IFormattable f => WebUtility.HtmlEncode(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => WebUtility.HtmlEncode(value.ToString() ?? ""),
    };
}
