namespace Timeline.Site.Rendering;

/// <summary>Markup that Timeline itself produced and that a template writes unescaped; article text never becomes one.</summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
