using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A date qualified before it: <c>early 1950</c>, <c>mid-July</c>, <c>late 2022</c>, <c>around 1950</c>,
/// <c>the end of 2022</c>, <c>the beginning of the 20th century</c>, <c>the early 2000s</c>. The value
/// keeps its TIMEX and gains a modifier, as TIMEX3's <c>mod</c>.
/// </summary>
internal static class Modifiers
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Match? Parse(Scan s, int i)
    {
        int first = i;
        int j = i;
        bool the = s.IsWord(j, "the");
        if (the) j++;
        if (!s.IsClass(j, WordClass.Modifier)) return null;
        var modifier = (TimeModifier)s[j].Value;
        if (s.IsWord(j, "earlier")) return null;
        // "get around Wednesday's ruling", "a way around it": a particle, not "about".
        if (s.IsWord(j, "around") && s.IsAnyWord(j - 1, "get", "gets", "got", "getting", "gotten", "come", "came", "coming", "turn", "turned", "turning",
                "work", "worked", "working", "way", "ways", "go", "went", "going", "move", "moved", "moving", "look", "looked", "looking")) return null;
        int k = j + 1;
        if (modifier is TimeModifier.Start or TimeModifier.End || s.IsWord(j, "middle"))
        {
            if (!s.IsWord(k, "of")) return null;
            k++;
            if (s.IsWord(j, "middle")) modifier = TimeModifier.Mid;
            if (CurrentPeriod(s, first, k, out int periodEnd) is { } period) return Match.Date(first, periodEnd, period.WithModifier(modifier));
        }
        else if (the)
        {
            // "the early 2000s": the article belongs to the date, which the inner rule reads without it.
            if (modifier is not (TimeModifier.Early or TimeModifier.Mid or TimeModifier.Late)) return null;
            var inner0 = Grammar.Grammar.ParseDate(s, k);
            if (inner0 is null || inner0.Value.Precision > TimePrecision.Decade) return null;
            return new Match(first, inner0.End, inner0.Kind, inner0.Value.WithModifier(modifier));
        }
        else if (s.IsDash(k) && s.IsGlued(k) && s.IsGlued(k + 1)) k++;
        else if (s.IsWord(k, "in") && modifier != TimeModifier.Approximate) k++;

        var inner = Grammar.Grammar.ParseDate(s, k);
        if (inner is null || inner.Kind != MentionKind.Date) return null;
        return new Match(first, inner.End, inner.Kind, inner.Value.WithModifier(modifier));
    }

    /// <summary>
    /// "by the end of the year", "end of month", "the beginning of the week": the period the text is in, the
    /// anchor's, unless a past verb leans on the previous date's ("In 1950 … by the end of the year").
    /// </summary>
    private static TimeValue? CurrentPeriod(Scan s, int first, int k, out int end)
    {
        end = k;
        int u = s.SkipThe(k);
        if (!s.IsUnit(u, out var unit, out bool plural) || plural || unit is not (Unit.Week or Unit.Month or Unit.Year)) return null;
        if (s.IsAnyWord(u + 1, "of", "before", "after", "ago", "earlier", "later") || s.IsDash(u + 1) || s.FourDigitYear(u + 1) > 0) return null;
        end = u + 1;
        var basis = s.Anchor;
        if (TenseReader.Read(s, first, end) == Tense.Past && s.LastDate?.Start is { } last) basis = last;
        if (basis is not { } d) return TimeValue.Unresolved(Units.UnresolvedTimex(unit), Units.Precision(unit));
        return Units.Shift(d, unit, 0);
    }
}
