using System.Globalization;
using Timeline.Temporal;

namespace Timeline.Core.Overrides;

/// <summary>Reads an editor's date: <c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>, or two of them joined by <c>/</c>.</summary>
public static class OverrideDate
{
    public static bool TryParse(string? text, out TimeValue value)
    {
        value = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        text = text.Trim();
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash > 0)
        {
            if (!TryParse(text[..slash], out var first) || !TryParse(text[(slash + 1)..], out var last)) return false;
            if (last.End!.Value <= first.Start!.Value) return false;
            value = TimeValue.Range(first, last);
            return true;
        }
        var parts = text.Split('-');
        if (parts.Any(p => !int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _))) return false;
        int[] n = [.. parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture))];
        if (parts[0].Length != 4) return false;
        switch (n.Length)
        {
            case 1:
                value = TimeValue.Year(n[0]);
                return true;
            case 2 when n[1] is >= 1 and <= 12:
                value = TimeValue.Month(n[0], n[1]);
                return true;
            case 3 when CalendarDate.IsValid(n[0], n[1], n[2]):
                value = TimeValue.Day(n[0], n[1], n[2]);
                return true;
            default:
                return false;
        }
    }
}
