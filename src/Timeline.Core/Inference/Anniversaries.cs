using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Temporal;

namespace Timeline.Core.Inference;

/// <summary>
/// "The 70th anniversary of the Armistice … in 1953": an anniversary counted from a year pins the
/// year it is celebrated in (1953 + 70 = 2023).
/// </summary>
internal static partial class Anniversaries
{
    [GeneratedRegex(@"\b(?<n>\d{1,3})(st|nd|rd|th)[\s-]+anniversary\b|\b(?<w>[a-z]+(-[a-z]+)?)[\s-]+anniversary\b",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9,
    };

    private static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tenth"] = 10, ["twentieth"] = 20, ["thirtieth"] = 30, ["fortieth"] = 40, ["fiftieth"] = 50, ["sixtieth"] = 60,
        ["seventieth"] = 70, ["eightieth"] = 80, ["ninetieth"] = 90, ["hundredth"] = 100, ["centenary"] = 100,
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>The year an anniversary in <paramref name="sentence"/> falls in, when a year in the same sentence anchors it.</summary>
    public static (int Year, int Count, TemporalMention From, int PhraseStart)? Find(string sentence, int sentenceStart, IEnumerable<TemporalMention> mentionsInSentence)
    {
        // Every match holds the word: most sentences are passed over before the automaton is built (its first build costs a
        // process 40-50 ms of compiling). "versary" has no letter whose ignore-case matching differs between the two.
        if (!sentence.Contains("versary", StringComparison.OrdinalIgnoreCase)) return null;
        var match = Pattern().Match(sentence);
        if (!match.Success) return null;
        int? count = match.Groups["n"].Success
            ? int.Parse(match.Groups["n"].Value, CultureInfo.InvariantCulture)
            : Ordinal(match.Groups["w"].Value);
        if (count is not { } n || n <= 0) return null;
        // The year counted from: an absolute past date in the same sentence, nearest after the phrase first.
        var from = mentionsInSentence
            .Where(m => m.Value.IsResolved && m.Value.Precision >= TimePrecision.Year && m.Text.Any(char.IsAsciiDigit))
            .OrderBy(m => m.Start >= sentenceStart + match.Index ? 0 : 1)
            .ThenBy(m => Math.Abs(m.Start - (sentenceStart + match.Index)))
            .FirstOrDefault();
        if (from is null) return null;
        // "the 70th anniversary of …": start the evidence at the article before the ordinal.
        int phrase = sentenceStart + match.Index;
        string before = sentence[..match.Index];
        if (before.EndsWith("the ", StringComparison.OrdinalIgnoreCase)) phrase -= 4;
        return (from.Value.Start!.Value.Year + n, n, from, phrase);
    }

    private static int? Ordinal(string word)
    {
        if (Units.TryGetValue(word, out int unit)) return unit;
        if (Tens.TryGetValue(word, out int ten) && word.EndsWith("th", StringComparison.OrdinalIgnoreCase) || word.Equals("centenary", StringComparison.OrdinalIgnoreCase)) return ten;
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && Tens.TryGetValue(word[..dash], out int t) && Units.TryGetValue(word[(dash + 1)..], out int u)) return t + u;
        return null;
    }
}
