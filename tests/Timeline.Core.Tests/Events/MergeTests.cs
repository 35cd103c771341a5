namespace Timeline.Core.Tests.Events;

/// <summary>Merging: one happening told several times is one event; a shared date alone never merges.</summary>
public sealed class MergeTests
{
    [Fact]
    public void Merge_SameArmisticeFromTwoSources_IsOneEvent()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "The treaty talks failed. The armistice in Panmunjom was signed on July 27, 1953, after two years of talks."),
            Timelines.Article("b", "Veterans gathered at Panmunjom, where the armistice was agreed in 1953."));

        var armistice = timeline.Single("July 27, 1953");
        armistice.Sources().ShouldBe("a,b");
        armistice.When.Timex.ShouldBe("1953-07-27");
    }

    [Fact]
    public void Merge_SameDateDifferentHappening_StaysApart()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "The armistice in Panmunjom was signed on July 27, 1953."),
            Timelines.Article("b", "A new cathedral in Lyon was consecrated on July 27, 1953."));

        timeline.Events.Count.ShouldBe(2);
        timeline.Events.ShouldAllBe(e => e.Mentions.Count == 1);
    }

    [Fact]
    public void Merge_TheSameKindOfHappeningInTheSameYearButDifferentPlaces_StaysApart()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "Rebels attacked the garrison in Mosul in 2014."),
            Timelines.Article("b", "Pirates attacked a tanker off Somalia in 2014."));

        timeline.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void Merge_InvasionToldAsMonthAndAsLastYear_IsOneEventWithTheMonth()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "Moscow invaded Ukraine in February 2022 after weeks of warnings."),
            Timelines.Article("b", "Trade collapsed when the war in Ukraine broke out last year, officials said."));

        var invasion = timeline.Single("February 2022");
        invasion.Sources().ShouldBe("a,b");
        invasion.When.Timex.ShouldBe("2022-02");
    }

    [Fact]
    public void Merge_ADifferentStatementInTheSameYear_StaysApart()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "Moscow invaded Ukraine in February 2022 after weeks of warnings."),
            Timelines.Article("b", "US officials had said last year that Pyongyang was selling shells to Russia for use in Ukraine."));

        timeline.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void Merge_TheSameHappeningTwiceInOneArticle_IsOneEvent()
    {
        var timeline = Timelines.Build(Timelines.Article("a",
            "The coup in Niamey began on July 26, 2023. Soldiers held the president for days. Since the coup last month, aid has stopped.", "2023-08-10"));

        timeline.Single("July 26, 2023").Mentions.Select(m => m.DateText).ShouldBe(["July 26, 2023", "last month"]);
    }

    [Fact]
    public void Merge_TwoDatesInOneSentence_NeverMerge()
    {
        var timeline = Timelines.Build(Timelines.Article("a", "The war began in 1950 and the armistice in Korea was signed in 1953."));

        timeline.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void Merge_ADayInsideAVisit_IsRelatedNotMerged()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "The Russian delegation visited Pyongyang from the 25th to the 27th of July."),
            Timelines.Article("b", "On Wednesday, Kim Jong Un showed the Russian delegation a weapons exhibition in Pyongyang."));

        var visit = timeline.Single("from the 25th to the 27th of July");
        var day = timeline.Single("Wednesday");
        visit.ShouldNotBe(day);
        visit.Related.ShouldBe([day.Id]);
        day.Related.ShouldBe([visit.Id]);
    }

    [Fact]
    public void Merge_SourcesThatDisagreeOnTheDay_AreOneEventThatSaysSo()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "The armistice at Panmunjom was signed on July 27, 1953."),
            Timelines.Article("b", "The armistice at Panmunjom was signed on July 28, 1953, ending the fighting."));

        var e = timeline.Events.ShouldHaveSingleItem();
        e.Sources().ShouldBe("a,b");
        e.Conflicts.ShouldHaveSingleItem();
        new[] { e.When.Timex, e.Conflicts[0].Timex }.Order().ShouldBe(["1953-07-27", "1953-07-28"]);
    }

    [Fact]
    public void Merge_SameHappeningOnDaysFarApart_StaysApart()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "The armistice at Panmunjom was signed on July 27, 1953."),
            Timelines.Article("b", "The armistice at Panmunjom was signed on August 27, 1953."));

        timeline.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void Merge_TheSameHappeningWordOnTheSameDay_IsOneEventEvenWithoutNames()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "The armistice was signed on July 27, 1953."),
            Timelines.Article("b", "The armistice was signed on July 27, 1953. Russia invaded in February 2022."));

        timeline.Single("July 27, 1953").Sources().ShouldBe("a,b");
    }

    [Fact]
    public void Merge_TheSameHappeningWordInTheSameYearWithoutNames_StaysApart()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "A treaty was signed in 1953."),
            Timelines.Article("b", "A treaty was signed in 1953 as well."));

        timeline.Events.Count.ShouldBe(2);
    }

    [Fact]
    public void Merge_AVisitToldAsThisWeekAndAsARangeOfDays_IsOneEventWithTheRange()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "A Russian delegation arrived in Pyongyang this week for the parade."),
            Timelines.Article("b", "The Russian delegation visited Pyongyang from the 25th to the 27th of July."));

        var visit = timeline.Events.ShouldHaveSingleItem();
        visit.When.Timex.ShouldBe("2023-07-25/2023-07-27");
        visit.Sources().ShouldBe("a,b");
    }

    [Fact]
    public void Merge_AnotherDelegationElsewhereTheSameWeek_StaysApart()
    {
        var timeline = Timelines.Build(
            Timelines.Article("a", "A Chinese trade delegation arrived in Seoul this week."),
            Timelines.Article("b", "The Russian delegation visited Pyongyang from the 25th to the 27th of July."));

        timeline.Events.Count.ShouldBe(2);
    }
}
