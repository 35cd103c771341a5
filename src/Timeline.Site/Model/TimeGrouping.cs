using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Site.Model;

/// <summary>
/// Groups the ordered events by year and the years by decade. Events arrive in chronological
/// order with the undated ones last, so grouping consecutive runs keeps that order.
/// </summary>
internal static class TimeGrouping
{
    public static int? YearOf(TimeValue when) => when.Start?.Year;

    public static string YearLabel(int? year) => year is { } y ? DateLabel.Year(y) : SiteModelBuilder.UndatedLabel;

    public static string YearAnchor(TimeValue when) => "y-" + Slug.From(YearLabel(YearOf(when)));

    public static IReadOnlyList<YearView> Years(IReadOnlyList<TimelineEvent> events, IReadOnlyList<EventView> views)
    {
        var years = new List<YearView>();
        int i = 0;
        while (i < events.Count)
        {
            int? year = YearOf(events[i].When);
            int j = i;
            while (j < events.Count && YearOf(events[j].When) == year) j++;
            years.Add(new YearView(YearLabel(year), views[i].YearAnchor, year, views.Skip(i).Take(j - i).ToList()));
            i = j;
        }
        return years;
    }

    /// <summary>The decade a year belongs to, as its first year (1953 → 1950, astronomical years for BC).</summary>
    public static int DecadeOf(int year) => (int)Math.Floor(year / 10.0) * 10;

    public static IReadOnlyList<DecadeView> Decades(IReadOnlyList<YearView> years)
    {
        var decades = new List<DecadeView>();
        int i = 0;
        while (i < years.Count)
        {
            int? decade = years[i].Year is { } y ? DecadeOf(y) : null;
            int j = i;
            while (j < years.Count && (years[j].Year is { } yj ? DecadeOf(yj) : (int?)null) == decade) j++;
            string label = decade switch
            {
                null => SiteModelBuilder.UndatedLabel,
                >= 1 => $"{DateLabel.Year(decade.Value)}s",
                _ => $"{DateLabel.Year(decade.Value)} – {DateLabel.Year(decade.Value + 9)}",
            };
            decades.Add(new DecadeView(label, "d-" + Slug.From(label), years.Skip(i).Take(j - i).ToList()));
            i = j;
        }
        return decades;
    }
}
