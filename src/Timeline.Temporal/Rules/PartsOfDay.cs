using Timeline.Temporal.Grammar;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Days named by a part of them: <c>tonight</c>, <c>last night</c>, <c>this morning</c>. The value is the
/// day, as news annotation has it (and as a timeline orders events); <c>Wednesday night</c> stays
/// <c>Wednesday</c>, with the part left as plain text.
/// </summary>
internal static class PartsOfDay
{
    public static Match? Parse(Scan s, int i)
    {
        int offset;
        int end;
        if (s.IsWord(i, "tonight")) (offset, end) = (0, i + 1);
        else if (s.IsWord(i, "last") && s.IsWord(i + 1, "night")) (offset, end) = (-1, i + 2);
        else if (s.IsWord(i, "this") && s.IsAnyWord(i + 1, "morning", "afternoon", "evening")) (offset, end) = (0, i + 2);
        else return null;
        if (s.Anchor is not { } a) return Match.Date(i, end, TimeValue.Unresolved("XXXX-XX-XX", TimePrecision.Day));
        return Match.Date(i, end, TimeValue.Day(a.AddDays(offset)));
    }
}
