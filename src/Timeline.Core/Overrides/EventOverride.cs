namespace Timeline.Core.Overrides;

/// <summary>
/// One editorial change in timeline.yml's <c>overrides</c> list. Exactly one target per entry:
/// <c>event</c> (with <c>hide</c>, <c>headline</c> and/or <c>date</c>), <c>merge</c>, <c>split</c> or <c>add</c>.
/// See README.md, "Editorial overrides".
/// </summary>
public sealed class EventOverride
{
    /// <summary>The id of the event to hide, retitle or redate.</summary>
    public string? Event { get; set; }

    public bool Hide { get; set; }

    /// <summary>A new headline (with <c>event</c>, <c>merge</c>, <c>split</c>).</summary>
    public string? Headline { get; set; }

    /// <summary>A date in TIMEX form: <c>1953</c>, <c>1953-07</c>, <c>1953-07-27</c> or a range <c>2023-07-25/2023-07-27</c>.</summary>
    public string? Date { get; set; }

    /// <summary>Ids of events that are one happening; the first id is kept.</summary>
    public List<string>? Merge { get; set; }

    /// <summary>The id of an event to split; <see cref="Mentions"/> say which reports leave it for a new event.</summary>
    public string? Split { get; set; }

    /// <summary>Reports as <c>source-id#passage</c> (<c>dprk-victory-day-what-is-new#s4</c>).</summary>
    public List<string>? Mentions { get; set; }

    /// <summary>An event no source states, added by hand with its own source.</summary>
    public ManualEvent? Add { get; set; }
}

/// <summary>A hand-made event: its date, headline, and the source it rests on (address and quotation).</summary>
public sealed class ManualEvent
{
    public string? Date { get; set; }
    public string? Headline { get; set; }
    public string? Url { get; set; }
    public string? Quote { get; set; }

    /// <summary>The source's title on the site; the URL's host when not given.</summary>
    public string? Source { get; set; }
}
