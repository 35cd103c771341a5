using System.Diagnostics;
using System.Text;

namespace Timeline.Temporal.Tests;

/// <summary>Runs alone: the timing tests read the process's CPU time, which other tests would add to.</summary>
[CollectionDefinition(nameof(RunsAlone), DisableParallelization = true)]
public sealed class RunsAlone;

/// <summary>
/// Hostile input must take linear time. The bounds are deliberately generous: they catch
/// catastrophic (quadratic, backtracking) behaviour, not ordinary slowness. They measure CPU time,
/// so that a busy build machine (other processes) does not fail them.
/// </summary>
[Collection(nameof(RunsAlone))]
public sealed class RobustnessTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    public static TheoryData<string> HostileInputs() => new()
    {
        "digits",
        "no-whitespace",
        "month-names",
        "spaces-between-date-words",
        "dashes-and-digits",
        "ordinals",
        "offset-chains",
        "relative-spans",
        "news-clauses",
        "weekday-offset-chains",
        "sub-period-chains",
        "range-ends",
        "deadlines-and-comparisons",
        "anchored-periods",
        "week-and-year-phrases",
    };

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Robustness_HostileInputIsLinear(string kind)
    {
        string text = Hostile(kind);
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        var mentions = EnglishRecognizer.Instance.Recognize(text, new RecognitionOptions(Recognize.Anchor));
        process.Refresh();
        (process.TotalProcessorTime - before).ShouldBeLessThan(Bound, $"{kind}: {text.Length} chars");
        mentions.ShouldAllBe(m => m.Start >= 0 && m.End <= text.Length);
    }

    [Fact]
    public void Robustness_SpacesBetweenDateWordsStillJoin()
    {
        string text = "July" + new string(' ', 10_000) + "27, 1953";
        Recognize.All(text).ShouldHaveSingleItem().Value.Timex.ShouldBe("1953-07-27");
    }

    [Fact]
    public void Robustness_RandomAndMutatedStringsNeverThrow()
    {
        var random = new Random(20230728);
        string[] seeds =
        [
            "The armistice was signed on July 27, 1953, after 1950–53 fighting.",
            "from the 25th to the 27th of July 2023, Q3 2022, the '90s, 480 BC, mid-July",
            "Hwasong-17, 180,000 troops, 03/04/2022, 2023-07-28, 27.07.1953, last year, two years ago",
            "between 1950 and 1953 the following year the day before yesterday nineteen ninety-six",
        ];
        const string alphabet = "0123456789 -–/.,:'’abcJulyMayBCADQth\n\t$%()[]";
        for (int n = 0; n < 5_000; n++)
        {
            string text;
            if (n % 2 == 0)
            {
                var sb = new StringBuilder(seeds[random.Next(seeds.Length)]);
                for (int k = random.Next(1, 12); k > 0 && sb.Length > 0; k--)
                {
                    int at = random.Next(sb.Length);
                    switch (random.Next(3))
                    {
                        case 0: sb.Remove(at, 1); break;
                        case 1: sb.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                        default: sb[at] = alphabet[random.Next(alphabet.Length)]; break;
                    }
                }

                text = sb.ToString();
            }
            else
            {
                var chars = new char[random.Next(0, 80)];
                for (int c = 0; c < chars.Length; c++)
                    chars[c] = random.Next(4) == 0 ? (char)random.Next(0, 0xD7FF) : alphabet[random.Next(alphabet.Length)];
                text = new string(chars);
            }

            var anchor = random.Next(3) == 0 ? (CalendarDate?)null : new CalendarDate(random.Next(-500, 9990), random.Next(1, 13), random.Next(1, 29));
            var order = random.Next(2) == 0 ? SlashDateOrder.MonthFirst : SlashDateOrder.DayFirst;
            IReadOnlyList<TemporalMention> mentions = [];
            Should.NotThrow(() => mentions = EnglishRecognizer.Instance.Recognize(text, new RecognitionOptions(anchor, order)), text);
            int previousEnd = 0;
            foreach (var m in mentions)
            {
                m.Start.ShouldBeGreaterThanOrEqualTo(previousEnd, text);
                m.End.ShouldBeLessThanOrEqualTo(text.Length, text);
                text.Substring(m.Start, m.Length).ShouldBe(m.Text);
                previousEnd = m.End;
            }
        }
    }

    [Fact]
    public void Robustness_ExtremeYearsAndCountsDoNotThrow()
    {
        var anchor = new CalendarDate(9999, 12, 31);
        Should.NotThrow(() => EnglishRecognizer.Instance.Recognize("next year, 9999 years later, tomorrow, next week, 5000 centuries ago, 9999 BC", new RecognitionOptions(anchor)));
        Should.NotThrow(() => EnglishRecognizer.Instance.Recognize("last year, yesterday, 9000 BC, 9999 BCE, the 99th century BC", new RecognitionOptions(new CalendarDate(-9999, 1, 1))));
    }

    private static string Hostile(string kind)
    {
        const int size = 1 << 20;
        var sb = new StringBuilder(size + 64);
        switch (kind)
        {
            case "digits":
                while (sb.Length < size) sb.Append("0123456789");
                break;
            case "no-whitespace":
                while (sb.Length < size) sb.Append("July27,1953-Hwasong17/2023.07.28'90s");
                break;
            case "month-names":
                for (int i = 0; i < 100_000; i++) sb.Append(i % 2 == 0 ? "July " : "May ");
                break;
            case "spaces-between-date-words":
                sb.Append("from").Append(' ', 10_000).Append("July").Append(' ', 10_000).Append("1950");
                break;
            case "dashes-and-digits":
                while (sb.Length < size) sb.Append("1950-53-");
                break;
            case "offset-chains":
                // Each offset counts from the date after it; none closes the chain.
                while (sb.Length < size) sb.Append("the day before two weeks after ");
                break;
            case "relative-spans":
                while (sb.Length < size) sb.Append("within the next 3 days from the second Monday of the first week of from 4 to ");
                break;
            case "deadlines-and-comparisons":
                // A deadline reads its whole sentence back; comparisons and extensions read their clause.
                while (sb.Length < size) sb.Append("tendering 99.3% by the Tuesday deadline, from $4 million a year ago and a year earlier, has extended loans through January at 4 a.m. EDT Thursday the previous Friday that same day ");
                break;
            case "news-clauses":
                // Previews, far clause verbs, coordinated days, year-end: every date reads its clause back.
                while (sb.Length < size) sb.Append("they meet separately Monday and would be paid to acquire on April 24 and 25, 26 by year-end ");
                break;
            case "weekday-offset-chains":
                // Each weekday is pinned by a count from the next one: nested rules must not recurse down the text.
                while (sb.Length < size) sb.Append("Monday two weeks from Tuesday, 3 days after ");
                break;
            case "sub-period-chains":
                while (sb.Length < size) sb.Append("the first 2 weeks of the last day of ");
                break;
            case "range-ends":
                while (sb.Length < size) sb.Append("from 10/1-between now and Jan-Feb the end of 9 to 12 of June-");
                break;
            case "anchored-periods":
                while (sb.Length < size) sb.Append("the previous quarter the next 999 business days the week of the 18th day of the month from March to date till current date ");
                break;
            case "week-and-year-phrases":
                while (sb.Length < size) sb.Append("this year's first 1st week of Oct. on Friday the year-to-date 2016 10 16 20161016 in dec the remainder of ");
                break;
            default:
                while (sb.Length < size) sb.Append("the 25th to the 27th of ");
                break;
        }

        return sb.ToString();
    }
}
