namespace Timeline.Site.Rendering;

/// <summary>The timeline.yml that <c>timeline init</c> writes: every setting, most commented out, each explained.</summary>
public static class StarterConfig
{
    public static string Text(string? templatesFolder) => $$"""
        # Timeline settings: see README.md. Every setting is optional.
        title: My timeline
        # description: One line shown under the title.

        # The absolute URL the site is published at: feeds, sitemap and canonical links use it.
        # On GitHub Pages the workflow passes it with --base-url, so it can stay unset here.
        # base_url: https://example.org/timeline/

        # A custom domain for GitHub Pages, written to the site's CNAME file.
        # cname: timeline.example.org

        # A folder of templates that override the built-in ones file by file (relative to this file).
        {{(templatesFolder is null ? "# templates: theme" : "templates: " + templatesFolder.Replace('\\', '/'))}}

        # Publish only the quoted passages of every source, never an article's full text.
        # excerpts_only: true

        # Metadata for each article, by path relative to this folder; it overrides what the file says.
        # sources:
        #   my-article.txt:
        #     title: The article's headline
        #     date: 2023-07-28
        #     url: https://example.org/article
        #     publisher: Example News

        """;
}
