using System.Globalization;

namespace Timeline.Site.Model;

/// <summary>
/// The overview strip: one bar per year that has events, placed on a linear scale from the first
/// year to the last, so that the gap between 1953 and 2022 is as wide as those seventy years.
/// Bar height grows with the number of events that year.
/// </summary>
internal static class Overview
{
    public const double Width = 1000;
    public const double Height = 40;
    private const double MinBarWidth = 3;

    public static OverviewView Build(IReadOnlyList<YearView> years)
    {
        var dated = years.Where(y => y.Year.HasValue).ToList();
        if (dated.Count == 0) return new OverviewView("", "", []);
        int first = dated[0].Year!.Value;
        int last = dated[^1].Year!.Value;
        double span = last - first + 1;
        double slot = Width / span;
        int most = dated.Max(y => y.Events.Count);
        var marks = dated.Select(y =>
        {
            double width = Math.Max(slot, MinBarWidth);
            double x = Math.Min((y.Year!.Value - first) * slot, Width - width);
            double height = 8 + (Height - 8) * y.Events.Count / most;
            string count = y.Events.Count == 1 ? "1 event" : $"{y.Events.Count.ToString(CultureInfo.InvariantCulture)} events";
            return new OverviewMark($"{y.Label}: {count}", (y.Page == "index.html" ? "" : y.Page) + "#" + y.Anchor, y.Events.Count, N(x), N(Height - height), N(width), N(height));
        }).ToList();
        return new OverviewView(dated[0].Label, dated[^1].Label, marks);
    }

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);
}
