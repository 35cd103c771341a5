using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Years in words, as broadcast transcripts write them: <c>nineteen ninety-six</c>, <c>nineteen seventy
/// eight</c>, <c>two thousand</c>, <c>two thousand and eight</c>; with a month before: <c>January nineteen ninety-seven</c>.
/// </summary>
internal static class SpelledYears
{
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int month = s.Month(i, out int k);
        if (month != 0) i = k;
        else if (s.IsWord(i, "the") && s.IsWord(i + 1, "year")) i += 2;
        int year = Read(s, i, out int end);
        if (year < 0) return null;
        return Match.Date(first, end, month != 0 ? TimeValue.Month(year, month) : TimeValue.Year(year));
    }

    /// <summary>A spelled-out year at <paramref name="i"/>, or -1.</summary>
    internal static int Read(Scan s, int i, out int end)
    {
        end = i;
        if (!s.IsClass(i, WordClass.NumberWord)) return -1;
        int head = s[i].Value;
        if (head == 2 && s.IsWord(i + 1, "thousand"))
        {
            // "two thousand people" is a count: a year needs a month, "the year" or a preposition before it.
            if (!s.IsMonth(i - 1) && !s.IsWord(i - 1, "year") && !s.IsAnyWord(i - 1, "in", "since", "until", "by", "of", "before", "after")) return -1;
            int j = i + 2;
            if (s.IsWord(j, "and")) j++;
            int tail = Tail(s, j, out int tailEnd);
            end = tail >= 0 && tail < 100 ? tailEnd : i + 2;
            return 2000 + Math.Max(tail, 0);
        }

        if (head is < 17 or > 20 || !s.IsClass(i + 1, WordClass.NumberWord)) return -1;
        int rest = Tail(s, i + 1, out int restEnd);
        if (rest is < 10 or > 99) return -1;
        end = restEnd;
        return head * 100 + rest;
    }

    /// <summary><c>ninety-six</c>, <c>seventy eight</c>, <c>twelve</c>: 0–99, or -1.</summary>
    private static int Tail(Scan s, int i, out int end)
    {
        end = i;
        if (!s.IsClass(i, WordClass.NumberWord) || s[i].Value > 90 || s.IsAnyWord(i, "a", "an")) return -1;
        int n = s[i].Value;
        end = i + 1;
        if (n >= 20 && n % 10 == 0)
        {
            int j = s.IsDash(i + 1) && s.IsGlued(i + 1) ? i + 2 : i + 1;
            if (s.IsClass(j, WordClass.NumberWord) && s[j].Value is > 0 and < 10 && !s.IsAnyWord(j, "a", "an"))
            {
                n += s[j].Value;
                end = j + 1;
            }
        }

        return n;
    }
}
