using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Timeline.Site.Rendering;

/// <summary>
/// Renders a page template, then the layout around it. Parsed templates are cached; values reach
/// the output escaped (<see cref="SafeTemplateContext"/>).
/// </summary>
public sealed class PageRenderer(TemplateSet templates)
{
    private const string Layout = "layout.sbn";
    private readonly Dictionary<string, Template> _cache = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <param name="page">The page template, e.g. <c>index.sbn</c>.</param>
    /// <param name="model">Global variables for the template: records and lists, exposed with snake_case names.</param>
    public string Render(string page, IReadOnlyDictionary<string, object?> model)
    {
        string body = RenderOne(page, model, content: null);
        return RenderOne(Layout, model, new RawHtml(body));
    }

    private string RenderOne(string name, IReadOnlyDictionary<string, object?> model, RawHtml? content)
    {
        var template = Get(name);
        var globals = new ScriptObject();
        foreach (var (key, value) in model) globals.SetValue(key, value, readOnly: true);
        if (content is not null) globals.SetValue("content", content, readOnly: true);
        var context = new SafeTemplateContext();
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

    private Template Get(string name)
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
}
