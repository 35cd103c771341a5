using System.Text;

namespace Timeline.Site.Rendering;

/// <summary>
/// A page template's output on its way into the layout's <c>{{ content }}</c>: markup Timeline
/// produced, written unescaped like <see cref="RawHtml"/>, and copied from the builder it was
/// rendered into rather than made into a string first.
/// </summary>
internal sealed class PageBody(StringBuilder builder)
{
    public StringBuilder Builder { get; } = builder;

    public override string ToString() => Builder.ToString();
}
