using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Years in words, as broadcast transcripts write them: <c>nineteen ninety-six</c>, <c>nineteen seventy
/// eight</c>, <c>nineteen oh one</c>, <c>nineteen hundred ninety three</c>, <c>two thousand</c>,
/// <c>two thousand and eight</c>, <c>one thousand seven hundred and eighty nine</c>,
/// <c>the year two hundred and sixty seven</c>. The date rules read a year through
/// <see cref="Years.At"/>, so a spelled year composes with a month, a day or a season as digits do.
/// </summary>
internal static class SpelledYears
{
    public static Match? Parse(Scan s, int i)
    {
        // Cheapest test first: a number word, or "the year" / "year" before one.
        if (!s.IsClass(i, WordClass.NumberWord) && !s.IsClass(i, WordClass.Starter) && !s.IsClass(i, WordClass.Unit)) return null;
        int first = i;
        bool yearWord = false;
        if (s.IsWord(i, "the") && s.IsWord(i + 1, "year")) (i, yearWord) = (i + 2, true);
        else if (s.IsWord(i, "year")) (i, yearWord) = (i + 1, true);
        int year = Read(s, i, out int end, composed: yearWord);
        if (year < 0 || yearWord && end == i) return null;
        return Match.Date(first, end, TimeValue.Year(year));
    }

    /// <summary>
    /// A spelled-out year at <paramref name="i"/>, or -1. <paramref name="composed"/>: the year follows
    /// a month, a day or the word <c>year</c>, so a count such as <c>two thousand</c> or <c>two hundred
    /// and sixty seven</c> can only be a year.
    /// </summary>
    internal static int Read(Scan s, int i, out int end, bool composed = false)
    {
        end = i;
        if (!s.IsClass(i, WordClass.NumberWord) || s.IsAnyWord(i, "a", "an")) return -1;
        int head = Tail(s, i, out int headEnd);
        if (head < 1) return -1;
        // "two thousand people" is a count: a year needs a month, "the year" or a preposition before it.
        bool yearContext = composed || s.IsAnyWord(i - 1, "in", "since", "until", "by", "of", "before", "after", "from", "during", "through");
        if (head is 1 or 2 && s.IsWord(headEnd, "thousand"))
        {
            if (!yearContext) return -1;
            int j = headEnd + 1;
            int value = head * 1000;
            if (s.IsWord(j, "and")) j++;
            int hundreds = Tail(s, j, out int hEnd);
            if (hundreds is >= 1 and <= 9 && s.IsWord(hEnd, "hundred"))
            {
                value += hundreds * 100;
                j = hEnd + 1;
                if (s.IsWord(j, "and")) j++;
            }

            int tail = Tail(s, j, out int tailEnd);
            if (tail is >= 1 and < 100) end = tailEnd;
            else
            {
                tail = 0;
                end = s.IsWord(j - 1, "and") ? j - 1 : j;
            }

            return value + tail;
        }

        if (s.IsWord(headEnd, "hundred"))
        {
            // "nineteen hundred ninety three", "seventeen hundred and thirty three"; "two hundred and sixty seven" only as "the year …".
            if (head < 10 && !composed || !yearContext || head > 99) return -1;
            int j = headEnd + 1;
            if (s.IsWord(j, "and")) j++;
            int tail = Tail(s, j, out int tailEnd);
            if (tail is >= 1 and < 100) end = tailEnd;
            else
            {
                tail = 0;
                end = headEnd + 1;
            }

            return head * 100 + tail;
        }

        if (head is < 17 or > 20 || headEnd != i + 1 || !s.Has(headEnd)) return -1;
        int rest;
        int restEnd;
        if (s.IsAnyWord(headEnd, "zero", "oh", "o") && s.IsClass(headEnd + 1, WordClass.NumberWord) && s[headEnd + 1].Value is >= 1 and <= 9 && !s.IsAnyWord(headEnd + 1, "a", "an"))
        {
            // "nineteen oh five", "nineteen zero one".
            rest = s[headEnd + 1].Value;
            restEnd = headEnd + 2;
        }
        else
        {
            if (!s.IsClass(headEnd, WordClass.NumberWord)) return -1;
            rest = Tail(s, headEnd, out restEnd);
            if (rest is < 10 or > 99) return -1;
        }

        // "twenty nineteen-year-olds": a count glued into a compound adjective.
        if (s.IsDash(restEnd) && s.IsGlued(restEnd)) return -1;
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
