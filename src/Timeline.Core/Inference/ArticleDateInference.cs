using System.Globalization;
using Timeline.Core.Events.Terms;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Core.Inference;

/// <summary>
/// Works out when an undated article was written, from its own text: the year from an anniversary
/// counted from a known year, or from a relative date (<c>last year</c>) that tells of the same
/// happening as an absolute one (<c>in February 2022</c>); the day from a year-less dateline, or
/// else the day after the latest date the article reports in that year.
/// </summary>
public static class ArticleDateInference
{
    // A fixed anchor to measure how far a relative expression reaches: "last year" from it is 1999.
    private static readonly CalendarDate Probe = new(2000, 7, 1);

    public static InferredDate? Infer(
        string text,
        string? dateline,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<TemporalMention> mentions,
        ITemporalRecognizer recognizer)
    {
        var evidence = new List<string>();
        int? year = FromAnniversary(text, sentences, mentions, evidence) ?? FromRelativeAgreement(text, sentences, mentions, recognizer, evidence);
        if (year is not { } y) return null;

        if (DatelineDay(dateline, recognizer) is { } md && CalendarDate.IsValid(y, md.Month, md.Day))
        {
            evidence.Add($"dateline “{dateline}”");
            return new InferredDate(new CalendarDate(y, md.Month, md.Day), string.Join("; ", evidence));
        }

        // An article is written after what it reports: the day after its latest date in that year.
        CalendarDate? latest = null;
        TemporalMention? latestMention = null;
        foreach (var m in mentions)
        {
            var end = EndInYear(m.Value, y);
            if (end is { } e && (latest is null || e > latest)) (latest, latestMention) = (e, m);
        }
        if (latest is { } last && latestMention is not null)
        {
            evidence.Add($"the latest date it reports, “{latestMention.Text}”, ends {last.AddDays(-1)}");
            return new InferredDate(last, string.Join("; ", evidence));
        }
        evidence.Add("day unknown: placed at mid-year");
        return new InferredDate(new CalendarDate(y, 7, 1), string.Join("; ", evidence));
    }

    private static int? FromAnniversary(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<TemporalMention> mentions, List<string> evidence)
    {
        foreach (var s in sentences)
        {
            // Every anniversary phrase holds "anniversary", so "nn" and "ary", letters the pattern's case folding matches in
            // ASCII only: most sentences are passed over without copying them or running the pattern.
            var span = text.AsSpan(s.Start, s.Length);
            if (!span.Contains("nn", StringComparison.OrdinalIgnoreCase) || !span.Contains("ary", StringComparison.OrdinalIgnoreCase)) continue;
            var inside = mentions.Where(m => m.Start >= s.Start && m.End <= s.End);
            if (Anniversaries.Find(text.Substring(s.Start, s.Length), s.Start, inside) is not { } found) continue;
            evidence.Add($"“{Excerpt(text, found.PhraseStart, found.From.End)}”: {found.From.Value.Start!.Value.Year} + {found.Count} = {found.Year}");
            return found.Year;
        }
        return null;
    }

    // "when the war broke out last year" beside "the invasion in February 2022": if both tell one
    // happening, the article was written the year after 2022.
    private static int? FromRelativeAgreement(
        string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<TemporalMention> mentions, ITemporalRecognizer recognizer, List<string> evidence)
    {
        var profiles = new Dictionary<TemporalMention, StatementProfile>();
        StatementProfile ProfileOf(TemporalMention m)
        {
            if (profiles.TryGetValue(m, out var p)) return p;
            var s = sentences.First(x => x.Contains(m.Start));
            var words = Word.Split(text, s.Start, s.End);
            return profiles[m] = StatementProfile.Of(words, Clause.Find(words, m.Start, m.End));
        }

        foreach (var rel in mentions.Where(m => !m.Value.IsResolved && m.Kind == MentionKind.Date && !m.Text.Any(char.IsAsciiDigit)))
        {
            if (!sentences.Any(s => s.Contains(rel.Start))) continue;
            var probed = recognizer.Recognize(rel.Text, new RecognitionOptions(Probe)).FirstOrDefault();
            if (probed?.Value.Start is not { } start || probed.Value.Precision != TimePrecision.Year) continue;
            int offset = start.Year - Probe.Year;
            foreach (var abs in mentions.Where(m => m.Value.IsResolved && m.Text.Any(char.IsAsciiDigit) && m.Value.Precision >= TimePrecision.Year))
            {
                if (!sentences.Any(s => s.Contains(abs.Start)) || SameSentence(sentences, rel, abs)) continue;
                if (!Similarity.Of(ProfileOf(rel), ProfileOf(abs)).IsSameEvent) continue;
                int year = abs.Value.Start!.Value.Year - offset;
                evidence.Add($"“{rel.Text}” tells of the same happening as “{abs.Text}”, so it was written in {year}");
                return year;
            }
        }
        return null;
    }

    private static bool SameSentence(IReadOnlyList<Sentence> sentences, TemporalMention a, TemporalMention b) =>
        sentences.Any(s => s.Contains(a.Start) && s.Contains(b.Start));

    private static (int Month, int Day)? DatelineDay(string? dateline, ITemporalRecognizer recognizer)
    {
        if (dateline is null) return null;
        var m = recognizer.Recognize(dateline).FirstOrDefault(x => x.Kind == MentionKind.Date);
        string? timex = m?.Value.Timex;
        if (timex is null || timex.Length != 10 || !timex.StartsWith("XXXX-", StringComparison.Ordinal)) return null;
        return (int.Parse(timex.AsSpan(5, 2), CultureInfo.InvariantCulture), int.Parse(timex.AsSpan(8, 2), CultureInfo.InvariantCulture));
    }

    // The exclusive end of a date within year y: resolved dates in that year, or year-less ones
    // (XXXX-07-25, XXXX-07-25/XXXX-07-27) placed in it.
    private static CalendarDate? EndInYear(TimeValue value, int y)
    {
        if (value.IsResolved)
            return value.Start!.Value.Year == y && value.End!.Value.Year <= y + 1 && value.Precision >= TimePrecision.Month ? value.End : null;
        string last = value.Timex[(value.Timex.LastIndexOf('/') + 1)..];
        if (last.Length != 10 || !last.StartsWith("XXXX-", StringComparison.Ordinal)) return null;
        if (!int.TryParse(last.AsSpan(5, 2), CultureInfo.InvariantCulture, out int month) || !int.TryParse(last.AsSpan(8, 2), CultureInfo.InvariantCulture, out int day) || !CalendarDate.IsValid(y, month, day)) return null;
        return new CalendarDate(y, month, day).AddDays(1);
    }

    // The words from the anniversary to its year, shortened in the middle when long.
    private static string Excerpt(string text, int start, int end)
    {
        if (end <= start) return text[start..Math.Min(text.Length, start + 40)];
        string span = text[start..end];
        if (span.Length <= 70) return span;
        int head = span.LastIndexOf(' ', 40);
        int tail = span.IndexOf(' ', span.Length - 20);
        return head > 0 && tail > head ? span[..head] + " … " + span[(tail + 1)..] : span;
    }
}
