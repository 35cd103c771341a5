using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
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

    // The builders a thread renders its pages into, kept from page to page: a site of tens of thousands
    // of pages would otherwise allocate each page several times over (builder, string, bytes).
    [ThreadStatic] private static StringBuilder? t_body;
    [ThreadStatic] private static StringBuilder? t_page;
    private const int KeepCapacity = 1 << 22;

    /// <param name="page">The page template, e.g. <c>index.sbn</c>.</param>
    /// <param name="model">Global variables for the template: records and lists, exposed with snake_case names.</param>
    public string Render(string page, IReadOnlyDictionary<string, object?> model)
    {
        var whole = new StringBuilder();
        Render(page, model, new StringBuilder(), whole);
        return whole.ToString();
    }

    /// <summary>Renders the page as UTF-8 (no BOM) into <paramref name="output"/>: the bytes of <see cref="Render"/>'s text.</summary>
    public void RenderTo(string page, IReadOnlyDictionary<string, object?> model, Stream output) =>
        RenderTo(page, model, whole => Utf8Chunks.Write(whole, output));

    /// <summary>Renders the page as UTF-8 (no BOM) into <paramref name="output"/>: the bytes of <see cref="Render"/>'s text.</summary>
    /// <param name="shared">
    /// Values every page of a site sees, which <paramref name="model"/>'s own values hide: given apart (the same
    /// dictionary for every page), they are made template globals once, not once per page.
    /// </param>
    public void RenderTo(string page, IReadOnlyDictionary<string, object?> model, IBufferWriter<byte> output, IReadOnlyDictionary<string, object?>? shared = null) =>
        RenderTo(page, model, whole => Utf8Chunks.Write(whole, output), shared);

    private void RenderTo(string page, IReadOnlyDictionary<string, object?> model, Action<StringBuilder> encode, IReadOnlyDictionary<string, object?>? shared = null)
    {
        // Taken from the thread while in use, so a nested render could never share them.
        var body = t_body ?? new StringBuilder();
        var whole = t_page ?? new StringBuilder();
        t_body = t_page = null;
        try
        {
            Render(page, model, shared is null ? null : SharedGlobals(shared), body, whole);
            encode(whole);
        }
        finally
        {
            t_body = Keep(body);
            t_page = Keep(whole);
        }
    }

    private static StringBuilder? Keep(StringBuilder builder) => builder.Capacity > KeepCapacity ? null : builder.Clear();

    private void Render(string page, IReadOnlyDictionary<string, object?> model, StringBuilder body, StringBuilder whole) =>
        Render(page, model, shared: null, body, whole);

    private void Render(string page, IReadOnlyDictionary<string, object?> model, ScriptObject? shared, StringBuilder body, StringBuilder whole)
    {
        RenderOne(page, model, shared, content: null, body);
        RenderOne(Layout, model, shared, new PageBody(body), whole);
    }

    // The shared values as template globals, made once per dictionary and only read after (by several threads at once):
    // a template's own assignments go to the page's globals, above them, and cannot replace a read-only value below.
    private readonly ConditionalWeakTable<IReadOnlyDictionary<string, object?>, ScriptObject> _shared = [];

    private ScriptObject SharedGlobals(IReadOnlyDictionary<string, object?> shared) => _shared.GetValue(shared, values =>
    {
        var globals = new ScriptObject();
        foreach (var (key, value) in values) globals.SetValue(key, value, readOnly: true);
        globals.SetValue("include", Include, readOnly: true);
        return globals;
    });

    private void RenderOne(string name, IReadOnlyDictionary<string, object?> model, ScriptObject? shared, PageBody? content, StringBuilder into)
    {
        var template = Parse(name);
        var globals = new ScriptObject();
        foreach (var (key, value) in model) globals.SetValue(key, value, readOnly: true);
        if (content is not null) globals.SetValue("content", content, readOnly: true);
        if (shared is null) globals.SetValue("include", Include, readOnly: true);
        var context = TakeContext();
        if (shared is not null) context.PushGlobal(shared);
        context.PushGlobal(globals);
        context.PushOutput(new BuilderOutput(into));
        context.ResetPreviousNewLine();
        try
        {
            // The text goes to the builder; what Render returns (the output's ToString) is not the page.
            template.Render(context);
        }
        catch (ScriptRuntimeException ex)
        {
            throw new TemplateException($"{templates.Describe(name)}({ex.Span.Start.Line + 1},{ex.Span.Start.Column + 1}): {ex.OriginalMessage}", ex);
        }
        // Only a context that finished its page cleanly is used again.
        context.PopOutput();
        context.PopGlobal();
        if (shared is not null) context.PopGlobal();
        t_context = context;
    }

    // A template context costs about 20 KB to make, and a site renders two per page; each thread keeps
    // one for this renderer (its template loader, and the includes it has parsed) and reuses it, with
    // the page's globals and output pushed for the render and popped after it.
    [ThreadStatic] private static SafeTemplateContext? t_context;

    private SafeTemplateContext TakeContext()
    {
        var context = t_context;
        t_context = null;
        return context is not null && ReferenceEquals(context.TemplateLoader, _loader)
            ? context
            : new SafeTemplateContext(Builtins) { TemplateLoader = _loader };
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
