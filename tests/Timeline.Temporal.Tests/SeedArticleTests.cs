namespace Timeline.Temporal.Tests;

/// <summary>Every date expression of the two seed articles, quoted as they appear there.</summary>
public sealed class SeedArticleTests
{
    private static readonly CalendarDate Anchor = Recognize.Anchor;

    [Theory]
    [InlineData("Pyongyang [North Korea], July 28 : Delegations from Russia", "July 28", "2023-07-28")]
    [InlineData("gathered in Pyongyang this week to celebrate", "this week", "2023-W30")]
    [InlineData("a tour of a defence exposition in Pyongyang on Wednesday, with images", "on Wednesday", "2023-07-26")]
    [InlineData("Despite Pyongyang’s claims of a victory, the war it launched in 1950 ended in a stalemate", "1950", "1950")]
    [InlineData("The Korean War armistice was signed on July 27, 1953, ending hostilities", "July 27, 1953", "1953-07-27")]
    [InlineData("since Russia’s invasion of Ukraine last year,” CNN quoted", "last year", "2022")]
    [InlineData("a former Soviet state which Moscow invaded in February 2022 after President", "February 2022", "2022-02")]
    [InlineData("After the brief mutiny in Russia by the Wagner mercenary group last month, a Chinese", "last month", "2023-06")]
    [InlineData("put an end to the Korean War in 1953. In addition", "1953", "1953")]
    [InlineData("the Russian delegation visited North Korea from the 25th to the 27th of July. During", "from the 25th to the 27th of July", "2023-07-25/2023-07-27")]
    [InlineData("under a 1986 bilateral border protocol. But", "1986", "1986")]
    [InlineData("according to the 1951 Refugee Convention and its 1967 Protocol, as well", "1951", "1951")]
    [InlineData("according to the 1951 Refugee Convention and its 1967 Protocol, as well", "1967", "1967")]
    [InlineData("TheSocialTalks was founded in 2020 as an alternative", "2020", "2020")]
    public void Seeds_DateResolvesAgainstArticleDate(string sentence, string expression, string timex)
    {
        var m = Recognize.Single(sentence, expression.StartsWith("on ", StringComparison.Ordinal) ? expression[3..] : expression, Anchor);
        m.Value.Timex.ShouldBe(timex);
        m.IsAnchored.ShouldBeTrue();
    }

    [Fact]
    public void Seeds_SevenDecadesAgoIsAnApproximateYear()
    {
        var m = Recognize.Single("the war that ravaged the Korean Peninsula seven decades ago, CNN reported.", "seven decades ago", Anchor);
        m.Value.Timex.ShouldBe("1953");
        m.Value.Modifier.ShouldBe(TimeModifier.Approximate);
        m.Kind.ShouldBe(MentionKind.Date);
    }

    [Fact]
    public void Seeds_DayRangeWithoutAnchorKeepsUnknownYear()
    {
        var m = Recognize.Single("visited North Korea from the 25th to the 27th of July.", "from the 25th to the 27th of July");
        m.Value.Timex.ShouldBe("XXXX-07-25/XXXX-07-27");
        m.IsAnchored.ShouldBeFalse();
        m.Kind.ShouldBe(MentionKind.DateRange);
    }

    [Theory]
    [InlineData("since Russia’s invasion of Ukraine last year.", "last year")]
    [InlineData("a defence exposition in Pyongyang on Wednesday, with images", "Wednesday")]
    [InlineData("gathered in Pyongyang this week to celebrate", "this week")]
    public void Seeds_RelativeWithoutAnchorStaysUnresolved(string sentence, string expression)
    {
        var m = Recognize.Single(sentence, expression);
        m.IsAnchored.ShouldBeFalse();
        m.Value.Start.ShouldBeNull();
    }

    [Theory]
    [InlineData("four decades", "P40Y")]
    [InlineData("seven decades", "P70Y")]
    public void Seeds_DecadesAreDurations(string expression, string timex)
    {
        var m = Recognize.Single($"a port call in South Korea for the first time in {expression}, CNN reported.", expression, Anchor);
        m.Kind.ShouldBe(MentionKind.Duration);
        m.Value.Timex.ShouldBe(timex);
    }

    [Theory]
    [InlineData("accompained by the latest Hwasong-17 and Hwasong-18 Intercontinental Ballistics Missiles")]
    [InlineData("made RQ-4 Global Hawk and MQ-9 Reaper drones.")]
    [InlineData("the first documented visit of a foregin delegation since the COVID-19 pandemic.")]
    [InlineData("a letter from the G7, the European Union, and other concerned parties")]
    [InlineData("During the war more than 180,000 Chinese troops died.")]
    [InlineData("the current demilitarized zone along the 38th parallel in much the same location")]
    [InlineData("as the war in Ukraine drags into its 18th month, with Xi deepening")]
    [InlineData("with their latest joint exercise, Northern/Interaction-2023, bringing together naval")]
    [InlineData("to attend the 70th anniversary of the Armistice")]
    public void Seeds_NotADate(string sentence)
    {
        Recognize.All(sentence, Anchor).Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange).ShouldBeEmpty();
    }

    [Fact]
    public void Seeds_WholeArticlesHaveNoFalseDates()
    {
        string dir = SeedFiles.Directory();
        foreach (var file in System.IO.Directory.GetFiles(dir, "*.txt"))
        {
            var text = File.ReadAllText(file);
            var dates = Recognize.All(text, Anchor).Where(m => m.Kind is MentionKind.Date or MentionKind.DateRange).Select(m => m.Text).ToList();
            foreach (var d in dates)
                Allowed.ShouldContain(d, $"{Path.GetFileName(file)}: {d}");
        }
    }

    private static readonly string[] Allowed =
    [
        "2023-07-28", "July 28", "this week", "seven decades ago", "Wednesday", "1950", "July 27, 1953", "last year",
        "February 2022", "last month", "1953", "from the 25th to the 27th of July", "1986", "1951", "1967", "2020", "today",
        // TimeML's PAST_REF: kept for scoring, it places nothing on the timeline.
        "recently",
    ];
}
