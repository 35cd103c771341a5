using System.Buffers;

namespace Timeline.Core.Text;

/// <summary>Shapes of a line that no article sentence has: a menu of capitalised words, a list of links or tags.</summary>
internal static class LineShapes
{
    // Words a title-case heading has and a menu does not ("The Russian Involvement" is a heading).
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "is", "are", "was",
        "what", "who", "why", "how", "when", "where", "this", "that", "its", "his", "her", "their", "as", "after", "before",
    };

    // Searched for with vectorized scans: every paragraph of every article is asked.
    private static readonly SearchValues<char> Separators = SearchValues.Create("|›»•·>");
    private static readonly SearchValues<char> SentencePunctuation = SearchValues.Create(".!?,;:\"“”");

    /// <summary>
    /// A menu or breadcrumb: items separated by <c>|</c>, <c>›</c>, <c>»</c>, <c>/</c> or <c>•</c>, or five or
    /// more capitalised words in a row with no sentence punctuation and no function word.
    /// </summary>
    public static bool IsMenu(ReadOnlySpan<char> line)
    {
        int first = line.IndexOfAny(Separators);
        bool twoSeparators = first >= 0 && line[(first + 1)..].ContainsAny(Separators);
        if (twoSeparators && !line.ContainsAny('.', '!', '?')) return true;

        if (line.ContainsAny(SentencePunctuation)) return false;
        int words = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim();
            if (word.IsEmpty) continue;
            if (!char.IsUpper(word[0]) && !char.IsDigit(word[0]) && word[0] != '&') return false;
            if (FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return false;
            words++;
        }
        return words >= 5;
    }

    /// <summary>A line mostly of addresses, hashtags or handles: <c>Tags: #China #NATO</c>, a list of URLs.</summary>
    public static bool IsLinkList(ReadOnlySpan<char> line)
    {
        // A line with no # or @ and no "http" or "www." has no link: most paragraphs, told without splitting them into words.
        if (!line.ContainsAny('#', '@') && !line.Contains("http", StringComparison.OrdinalIgnoreCase) && !line.Contains("www.", StringComparison.OrdinalIgnoreCase))
            return false;
        int words = 0, links = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim();
            if (word.IsEmpty) continue;
            words++;
            if (word[0] is '#' or '@' || word.StartsWith("http", StringComparison.OrdinalIgnoreCase) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
                links++;
        }
        return words > 0 && links * 2 >= words;
    }

    /// <summary>
    /// A publisher talking about itself: "we" and "our" at least twice, and no quotation marks (a
    /// quoted speaker saying "we" is the story).
    /// </summary>
    public static bool IsPublisherVoice(ReadOnlySpan<char> line)
    {
        if (line.ContainsAny("\"“”")) return false;
        int firstPerson = 0;
        foreach (var range in line.Split(' '))
        {
            var word = line[range].Trim().TrimEnd(".,;:!?");
            // "us", never "US": the country is not the publisher.
            if (word.Equals("we", StringComparison.OrdinalIgnoreCase) || word.Equals("our", StringComparison.OrdinalIgnoreCase)
                || word.SequenceEqual("us"))
                firstPerson++;
        }
        return firstPerson >= 2;
    }
}
