using Scriban;
using Scriban.Runtime;
using Scriban.Parsing;
using Scriban.Syntax;

namespace Timeline.Site.Rendering;

/// <summary>
/// Renders a page template, then the layout around it. Parsed templates are cached; values reach
/// the output escaped (<see cref="SafeTemplateContext"/>).
/// </summary>
public sealed class PageRenderer(TemplateSet templates)
{
    internal const string Layout = "layout.sbn";
    // Scriban copies its whole library of functions into every new context unless given one; they are only read.
    private static readonly ScriptObject Builtins = TemplateContext.GetDefaultBuiltinObject();
    private readonly Dictionary<string, Template> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private static readonly RawInclude Include = new();
    private readonly ITemplateLoader _loader = new Loader(templates);

    /// <param name="page">The page template, e.g. <c>index.sbn</c>.</param>
    /// <param name="model">Global variables for the template: records and lists, exposed with snake_case names.</param>
    public string Render(string page, IReadOnlyDictionary<string, object?> model)
    {
        string body = RenderOne(page, model, content: null);
        return RenderOne(Layout, model, new RawHtml(body));
    }

    private string RenderOne(string name, IReadOnlyDictionary<string, object?> model, RawHtml? content)
    {
        var template = Parse(name);
        var globals = new ScriptObject();
        foreach (var (key, value) in model) globals.SetValue(key, value, readOnly: true);
        if (content is not null) globals.SetValue("content", content, readOnly: true);
        globals.SetValue("include", Include, readOnly: true);
        var context = new SafeTemplateContext(Builtins) { TemplateLoader = _loader };
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException($"{templates.Describe(name)}({ex.Span.Start.Line + 1},{ex.Span.Start.Column + 1}): {ex.OriginalMessage}", ex);
        }
    }

    /// <summary>The parsed template, parsed once per renderer.</summary>
    internal Template Parse(string name)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(name, out var cached)) return cached;
            string path = templates.Describe(name);
            var template = Template.Parse(templates.ReadText(name), path);
            if (template.HasErrors)
                throw new TemplateException(string.Join(Environment.NewLine, template.Messages.Select(m => m.ToString())));
            _cache[name] = template;
            return template;
        }
    }

    /// <summary>Lets a template include another of the theme (<c>{{ include "timeline.sbn" }}</c>), the user's file first.</summary>
    private sealed class Loader(TemplateSet templates) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => templates.ReadText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
    }
}
