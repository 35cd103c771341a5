using System.Globalization;
using System.Text;
using Timeline.Core.Corpus;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// The same articles as a plain Hugo site (one Markdown page each, title and date in front matter,
/// the smallest layouts that render them), so Hugo's time can stand beside ours, measured in the same run.
/// </summary>
internal static class HugoSite
{
    public static void Write(string folder, IReadOnlyList<GeneratedArticle> articles)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Directory.CreateDirectory(Path.Combine(folder, "content", "articles"));
        Directory.CreateDirectory(Path.Combine(folder, "layouts", "_default"));
        File.WriteAllText(Path.Combine(folder, "config.toml"), "baseURL = \"https://example.org/\"\ntitle = \"Benchmark\"\ndisableKinds = [\"taxonomy\", \"term\"]\n");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "baseof.html"), "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ block \"main\" . }}{{ end }}</body></html>\n");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "single.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><time>{{ .Date.Format \"2006-01-02\" }}</time>{{ .Content }}{{ end }}\n");
        File.WriteAllText(Path.Combine(folder, "layouts", "_default", "list.html"), "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n");
        foreach (var (article, i) in articles.Select((a, i) => (a, i)))
        {
            var (title, date, body) = Split(article);
            var page = new StringBuilder();
            page.Append("---\n");
            page.Append(CultureInfo.InvariantCulture, $"title: \"{title.Replace("\"", "'", StringComparison.Ordinal)}\"\n");
            if (date is not null) page.Append(CultureInfo.InvariantCulture, $"date: {date}\n");
            page.Append("---\n\n").Append(body);
            File.WriteAllText(Path.Combine(folder, "content", "articles", string.Create(CultureInfo.InvariantCulture, $"{i:000000}.md")), page.ToString());
        }
    }

    private static (string Title, string? Date, string Body) Split(GeneratedArticle article)
    {
        string title = article.ConfigMetadata?.Title ?? Path.GetFileNameWithoutExtension(article.Path);
        string? date = article.ConfigMetadata?.Date;
        var lines = article.Content.Split('\n').ToList();
        while (lines.Count > 0 && (lines[0].StartsWith("Title: ", StringComparison.Ordinal) || lines[0].StartsWith("Date: ", StringComparison.Ordinal)
            || lines[0].StartsWith("Publisher: ", StringComparison.Ordinal) || lines[0].StartsWith("URL: ", StringComparison.Ordinal)))
        {
            if (lines[0].StartsWith("Title: ", StringComparison.Ordinal)) title = lines[0][7..];
            if (lines[0].StartsWith("Date: ", StringComparison.Ordinal)) date = lines[0][6..];
            lines.RemoveAt(0);
        }
        string body = string.Join('\n', lines);
        if (body.StartsWith("date ", StringComparison.Ordinal))
        {
            date = body[5..15];
            body = body[16..];
        }
        return (title, date, body);
    }
}
