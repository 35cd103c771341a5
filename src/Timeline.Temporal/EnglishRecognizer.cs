using System.Text.RegularExpressions;
namespace Timeline.Temporal;
// THROWAWAY local stand-in until the real recognizer merges. Never committed.
public sealed class EnglishRecognizer : ITemporalRecognizer
{
    public static EnglishRecognizer Instance { get; } = new();
    private static readonly string[] M = ["January","February","March","April","May","June","July","August","September","October","November","December"];
    public IReadOnlyList<TemporalMention> Recognize(string text, RecognitionOptions? options = null)
    {
        var list = new List<TemporalMention>();
        foreach (Match m in Regex.Matches(text, @"(?<![\w-])(?:(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})|(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})|(1[89]\d\d|20\d\d)|last year)(?![\w-])"))
        {
            TimeValue v;
            if (m.Groups[1].Success) v = TimeValue.Day(int.Parse(m.Groups[3].Value), Array.IndexOf(M, m.Groups[1].Value)+1, int.Parse(m.Groups[2].Value));
            else if (m.Groups[4].Success) v = TimeValue.Month(int.Parse(m.Groups[5].Value), Array.IndexOf(M, m.Groups[4].Value)+1);
            else if (m.Groups[6].Success) v = TimeValue.Year(int.Parse(m.Groups[6].Value));
            else v = options?.Anchor is { } a ? TimeValue.Year(a.Year-1) : TimeValue.Unresolved("PAST_REF", TimePrecision.Year);
            list.Add(new TemporalMention(m.Index, m.Length, m.Value, MentionKind.Date, v));
        }
        return list;
    }
}
