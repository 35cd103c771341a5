using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Timeline.Site.Building;
using Timeline.Temporal;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>Builds a site into a temporary folder and reads its pages as DOM documents.</summary>
internal sealed class BuiltSite : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempFolder _folder = new();

    private BuiltSite(BuildReport report) => Report = report;

    public BuildReport Report { get; private set; }

    public string Output => _folder.Combine("site");

    public static BuiltSite From(string input, bool strict = false, string? templates = null, string? baseUrl = null)
    {
        var site = new BuiltSite(null!);
        site.Report = new SiteBuild(EnglishRecognizer.Instance).Run(new BuildSettings
        {
            Input = input,
            Output = site.Output,
            Strict = strict,
            Templates = templates,
            BaseUrl = baseUrl,
        });
        return site;
    }

    public IDocument Page(string relative) => Parser.ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));

    public bool Exists(string relative) => File.Exists(Path.Combine(Output, relative));

    public IEnumerable<string> HtmlFiles() => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
        .Order(StringComparer.Ordinal);

    public void Dispose() => _folder.Dispose();
}
