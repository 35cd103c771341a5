using System.Runtime.CompilerServices;

namespace Timeline.Core.Text;

/// <summary>
/// Tells the paragraphs of an article from the page furniture around them: navigation menus,
/// share/tag/comment/subscribe blocks and the publisher's blurb at the end. General shapes only —
/// runs of capitalised words with no sentence in them, link- and hashtag-lines, known footer
/// phrases, a publisher speaking as "we", and everything after a footer block in the last part of
/// the page.
/// </summary>
public static class Boilerplate
{
    /// <summary>For each paragraph, true when it is furniture rather than the article's content.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool[] Classify(string text, IReadOnlyList<Paragraph> paragraphs)
    {
        var result = new bool[paragraphs.Count];
        var footer = new bool[paragraphs.Count];
        for (int i = 0; i < paragraphs.Count; i++)
        {
            var line = text.AsSpan(paragraphs[i].Start, paragraphs[i].Length);
            footer[i] = FooterPhrases.Matches(line);
            result[i] = footer[i] || LineShapes.IsMenu(line) || LineShapes.IsLinkList(line);
        }

        // A footer block in the second half of the page starts the tail: what follows it (the
        // publisher's blurb, a donation appeal) is about the publisher, not the story.
        for (int i = paragraphs.Count / 2; i < paragraphs.Count; i++)
        {
            if (!footer[i]) continue;
            for (int j = i; j < paragraphs.Count; j++) result[j] = true;
            break;
        }

        // Without a footer line, a blurb still closes the page: the run of last paragraphs in
        // which the publisher speaks as "we" to its readers.
        for (int i = paragraphs.Count - 1; i > paragraphs.Count / 2; i--)
        {
            var line = text.AsSpan(paragraphs[i].Start, paragraphs[i].Length);
            if (result[i]) continue;
            if (!LineShapes.IsPublisherVoice(line)) break;
            result[i] = true;
        }
        return result;
    }
}
