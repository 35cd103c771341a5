using System.Buffers;
using System.IO.Hashing;
using System.Text;
using Timeline.Site.Output;
using Timeline.Site.Rendering;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>
/// Pages go from the template straight into their file as UTF-8, through builders and template
/// contexts each thread reuses: the bytes must be those of rendering the page to a string, page
/// after page, whatever was rendered before.
/// </summary>
public sealed class PageStreamingTests
{
    private static Dictionary<string, object?> Model(string title, IReadOnlyList<string> items) => new(StringComparer.Ordinal)
    {
        ["page_title"] = title,
        ["items"] = items,
    };

    private static TempFolder Theme()
    {
        var theme = new TempFolder();
        theme.Write("layout.sbn", "<title>{{ page_title }}</title>\n<main>\n{{ content }}\n</main>\n");
        theme.Write("list.sbn", "<ul>{{ for i in items }}<li>{{ i }}</li>{{ end }}</ul>\n{{ include \"part.sbn\" }}");
        theme.Write("emoji.sbn", "<ul>{{ for i in items }}<li>😀 {{ i }} — ü</li>{{ end }}</ul>\n");
        theme.Write("part.sbn", "<p>part one</p>");
        theme.Write("broken.sbn", "<p>{{ missing.value }}</p>");
        return theme;
    }

    private static byte[] Streamed(PageRenderer renderer, string page, IReadOnlyDictionary<string, object?> model)
    {
        using var output = new MemoryStream();
        renderer.RenderTo(page, model, output);
        return output.ToArray();
    }

    [Fact]
    public void RenderTo_WritesTheUtf8OfRender_ForLargePagesAndCharactersOutsideTheBasicPlane()
    {
        using var theme = Theme();
        var renderer = new PageRenderer(new TemplateSet(theme.Path));
        // Over 64 KB with emoji (surrogate pairs) in the template's own text, so that chunks and the encoder's buffer end mid-pair.
        var items = Enumerable.Range(0, 5000).Select(i => $"item {i} “quoted” & <tagged>").ToList();
        var model = Model("Große Seite", items);

        byte[] bytes = Streamed(renderer, "emoji.sbn", model);

        bytes.ShouldBe(new UTF8Encoding(false).GetBytes(renderer.Render("emoji.sbn", model)));
        bytes.Length.ShouldBeGreaterThan(64 * 1024);
        var buffer = new ArrayBufferWriter<byte>(16);
        renderer.RenderTo("emoji.sbn", model, buffer);
        buffer.WrittenSpan.ToArray().ShouldBe(bytes, "rendered into a buffer, the same bytes");
        Encoding.UTF8.GetString(bytes).ShouldContain("<li>😀 item 4999 “quoted” &amp; &lt;tagged&gt; — ü</li>");
    }

    [Fact]
    public void RenderTo_GivesEachPageTheSameBytes_WhateverWasRenderedBeforeOnTheThread()
    {
        using var theme = Theme();
        var renderer = new PageRenderer(new TemplateSet(theme.Path));
        var big = Model("Big", Enumerable.Range(0, 3000).Select(i => $"item {i}").ToList());
        var small = Model("Small", ["one"]);

        byte[] alone = Streamed(new PageRenderer(new TemplateSet(theme.Path)), "list.sbn", small);
        Streamed(renderer, "list.sbn", big);
        byte[] afterBig = Streamed(renderer, "list.sbn", small);

        afterBig.ShouldBe(alone);
        Encoding.UTF8.GetString(afterBig).ShouldBe("<title>Small</title>\n<main>\n<ul><li>one</li></ul>\n<p>part one</p>\n</main>\n");
    }

    [Fact]
    public void RenderTo_WithSharedValuesGivenApart_GivesTheBytesOfOneMergedModel_ThePagesOwnValuesFirst()
    {
        using var theme = Theme();
        theme.Write("assign.sbn", "{{ seen = page_title }}<p>{{ seen }}</p><ul>{{ for i in items }}<li>{{ i }}</li>{{ end }}</ul>");
        var renderer = new PageRenderer(new TemplateSet(theme.Path));
        var shared = Model("Shared title", ["a & b", "c"]);
        var own = new Dictionary<string, object?>(StringComparer.Ordinal) { ["page_title"] = "Own title" };
        var merged = new Dictionary<string, object?>(shared, StringComparer.Ordinal) { ["page_title"] = "Own title" };

        foreach (string page in new[] { "list.sbn", "assign.sbn", "list.sbn" })
        {
            var buffer = new ArrayBufferWriter<byte>();
            renderer.RenderTo(page, own, buffer, shared);
            buffer.WrittenSpan.ToArray().ShouldBe(Streamed(new PageRenderer(new TemplateSet(theme.Path)), page, merged), page);
        }
        var after = new ArrayBufferWriter<byte>();
        renderer.RenderTo("list.sbn", new Dictionary<string, object?>(StringComparer.Ordinal), after, shared);
        Encoding.UTF8.GetString(after.WrittenSpan).ShouldStartWith("<title>Shared title</title>", Case.Sensitive, "a page without its own title sees the shared one");
        theme.Write("reads.sbn", "{{ seen }}");
        Should.Throw<TemplateException>(() => renderer.RenderTo("reads.sbn", own, new ArrayBufferWriter<byte>(), shared), "what a page assigned is not left for the next");
    }

    [Fact]
    public void RenderTo_AfterATemplateError_RendersTheNextPageCleanly()
    {
        using var theme = Theme();
        var renderer = new PageRenderer(new TemplateSet(theme.Path));
        var model = Model("After", ["x"]);
        byte[] expected = Streamed(new PageRenderer(new TemplateSet(theme.Path)), "list.sbn", model);

        Should.Throw<TemplateException>(() => Streamed(renderer, "broken.sbn", model));

        Streamed(renderer, "list.sbn", model).ShouldBe(expected);
    }

    [Fact]
    public void TwoThemesRenderedOnOneThread_EachUseTheirOwnIncludes()
    {
        using var first = Theme();
        using var second = Theme();
        second.Write("part.sbn", "<p>part two</p>");
        var model = Model("Page", ["x"]);

        string one = Encoding.UTF8.GetString(Streamed(new PageRenderer(new TemplateSet(first.Path)), "list.sbn", model));
        string two = Encoding.UTF8.GetString(Streamed(new PageRenderer(new TemplateSet(second.Path)), "list.sbn", model));

        one.ShouldContain("part one");
        two.ShouldContain("part two");
    }

    [Fact]
    public void StreamedFile_IsRecordedWithTheHashOfItsBytes_AndCarriedOverWhenUnchanged()
    {
        using var folder = new TempFolder();
        string output = folder.Combine("site");
        byte[] content = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("data 😀\n", 20000)));
        SiteWriteResult Build()
        {
            using var staged = StagedSite.Begin(output);
            staged.Add("data.json", stream =>
            {
                // Written in uneven pieces, and disposed by the writer, as a wrapping writer does.
                using var writer = new BufferedStream(stream, 1000);
                writer.Write(content, 0, 7);
                writer.Write(content, 7, content.Length - 7);
            });
            return staged.Commit(new Dictionary<string, string>());
        }

        Build().Written.ShouldBe(1);
        string hashes = File.ReadAllText(Path.Combine(output, ".timeline-hashes"));
        hashes.ShouldContain($"{Convert.ToHexStringLower(XxHash128.Hash(content))} {content.Length} data.json");
        File.ReadAllBytes(Path.Combine(output, "data.json")).ShouldBe(content);

        Build().Written.ShouldBe(0, "the same bytes: the file is carried over, not written again");
        File.ReadAllBytes(Path.Combine(output, "data.json")).ShouldBe(content);
        File.ReadAllText(Path.Combine(output, ".timeline-hashes")).ShouldBe(hashes);
    }
}
