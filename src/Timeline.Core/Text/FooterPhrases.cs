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

    public static bool Matches(ReadOnlySpan<char> line)
    {
        foreach (string opener in Openers)
        {
            if (line.StartsWith(opener, StringComparison.OrdinalIgnoreCase)) return true;
        }
        // Only short lines are judged by a phrase inside them: a long article paragraph may quote one.
        if (line.Length > 240) return false;
        foreach (string phrase in Anywhere)
        {
            if (line.Contains(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
