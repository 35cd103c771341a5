using System.Text;

namespace Timeline.Core.Events;

/// <summary>Short headlines from sentences: at most <see cref="MaxWords"/> words, without a trailing attribution.</summary>
public static class Headline
{
    public const int MaxWords = 12;

    private static readonly string[] TrailingAttributions = [", CNN reported", ", officials said", ", it said", ", he said", ", she said", ", they said"];

    public static string FromSentence(string sentence)
    {
        string text = sentence.Trim().TrimEnd('.', '!', '?', ' ');
        foreach (string tail in TrailingAttributions)
        {
            if (text.EndsWith(tail, StringComparison.OrdinalIgnoreCase)) text = text[..^tail.Length];
        }
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= MaxWords) return text;
        var sb = new StringBuilder();
        for (int i = 0; i < MaxWords; i++)
        {
            if (i > 0) sb.Append(' ');
            sb.Append(words[i]);
        }
        return sb.ToString().TrimEnd(',', ';', ':') + "…";
    }
}
