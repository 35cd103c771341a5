using System.Buffers;

namespace Timeline.Core.Text;

/// <summary>
/// Phrases that open, or make up most of, the blocks a news page puts around an article: sharing,
/// tags, comments, subscriptions, donations, copyright, "about us". A line matches when it starts
/// with one, or is short and contains one.
/// </summary>
internal static class FooterPhrases
{
    private static readonly string[] Openers =
    [
        "share this", "share on", "share:", "tags:", "tagged:", "topics:", "filed under", "leave a comment", "leave a reply",
        "comments", "add a comment", "post a comment", "you need to login", "you must be logged in", "log in to", "login to",
        "sign up", "subscribe", "follow us", "related:", "related articles", "related posts", "read more", "read also",
        "also read", "more from", "recommended", "advertisement", "sponsored", "all rights reserved", "copyright", "©",
        "support our", "support independent", "support fearless", "donate", "about the author", "about us", "click here",
        "newsletter", "previous article", "next article", "previous post", "next post", "print this", "email this",
    ];

    private static readonly string[] Anywhere =
    [
        "all rights reserved", "subscribe to", "sign up for", "follow us on", "share this", "leave a comment", "our newsletter",
    ];

    // Every paragraph of every article is asked: the phrases are looked for all at once, and an opener only when the
    // line's first character can be its first (ASCII letters fold to lower case; any other character is tried against all).
    private static readonly SearchValues<string> AnywhereValues = SearchValues.Create(Anywhere, StringComparison.OrdinalIgnoreCase);

    public static bool Matches(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty) return false;
        char c = line[0];
        char first = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        foreach (string opener in Openers)
        {
            if ((c >= 128 || opener[0] == first) && line.StartsWith(opener, StringComparison.OrdinalIgnoreCase)) return true;
        }
        // Only short lines are judged by a phrase inside them: a long article paragraph may quote one.
        if (line.Length > 240) return false;
        return line.ContainsAny(AnywhereValues);
    }
}
