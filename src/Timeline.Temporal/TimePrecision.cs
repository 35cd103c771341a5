namespace Timeline.Temporal;

/// <summary>How finely a value is known, coarsest first, so precisions compare with &lt; and &gt;.</summary>
public enum TimePrecision
{
    Millennium,
    Century,
    Decade,
    Year,
    Half,
    Quarter,
    Season,
    Month,
    Week,
    Day,
}
