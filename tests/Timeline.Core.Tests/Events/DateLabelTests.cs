using Timeline.Core.Events;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

public sealed class DateLabelTests
{
    public static TheoryData<TimeValue, string, string?> Cases => new()
    {
        { TimeValue.Year(1950), "1950", "1950" },
        { TimeValue.Month(2022, 2), "February 2022", "2022-02" },
        { TimeValue.Day(1953, 7, 27), "27 July 1953", "1953-07-27" },
        { TimeValue.Decade(1950), "the 1950s", "1950" },
        { TimeValue.Century(19), "the 20th century", "1900" },
        { TimeValue.Year(1953, TimeModifier.Approximate), "c. 1953", "1953" },
        { TimeValue.Year(-479), "480 BC", null },
        { TimeValue.Range(TimeValue.Day(2023, 7, 25), TimeValue.Day(2023, 7, 27)), "25–27 July 2023", "2023-07-25" },
        { TimeValue.Range(TimeValue.Year(1950), TimeValue.Year(1953)), "1950–1953", "1950" },
        { TimeValue.Quarter(2022, 3), "Q3 2022", "2022-07" },
        { TimeValue.Season(2022, Season.Summer), "summer 2022", "2022-06" },
        { TimeValue.Unresolved("XXXX-07-25", TimePrecision.Day), "date unknown", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_ShowsTheDateAtItsPrecision(TimeValue value, string label, string? datetime)
    {
        DateLabel.Format(value).ShouldBe(label);
        DateLabel.HtmlDateTime(value).ShouldBe(datetime);
    }
}
