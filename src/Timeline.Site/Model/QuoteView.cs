namespace Timeline.Site.Model;

/// <summary>A source's sentence split around the date it states, so a template can highlight the date.</summary>
/// <remarks>
/// The parts are cut from the quote when read rather than kept: a large timeline quotes hundreds of
/// thousands of sentences, and the parts kept whole were a second copy of every one, live to the end of a build.
/// Equal when their parts are.
/// </remarks>
public sealed class QuoteView : IEquatable<QuoteView>
{
    private readonly string _quote;

    public QuoteView(string before, string date, string after)
        : this(string.Concat(before, date, after), before.Length, date)
    {
    }

    /// <param name="quote">The whole sentence; it is kept, not copied.</param>
    /// <param name="dateAt">Where <paramref name="date"/> stands in it (its length when the date is empty and the quote is all "before").</param>
    /// <param name="date">The date as written, which the quote holds at <paramref name="dateAt"/>.</param>
    public QuoteView(string quote, int dateAt, string date)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dateAt);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dateAt + date.Length, quote.Length);
        if (string.CompareOrdinal(quote, dateAt, date, 0, date.Length) != 0)
            throw new ArgumentException($"the quote does not hold '{date}' at {dateAt}", nameof(date));
        _quote = quote;
        DateAt = dateAt;
        Date = date;
    }

    public string Before => DateAt == _quote.Length ? _quote : _quote[..DateAt];

    public string Date { get; }

    public string After => _quote[(DateAt + Date.Length)..];

    /// <summary>Where the date starts in the quote: the length of <see cref="Before"/>. Internal, so templates and view hashes do not see it.</summary>
    internal int DateAt { get; }

    public bool Equals(QuoteView? other) =>
        other is not null && DateAt == other.DateAt && Date == other.Date && _quote == other._quote;

    public override bool Equals(object? obj) => Equals(obj as QuoteView);

    public override int GetHashCode() => HashCode.Combine(_quote, DateAt, Date);

    public override string ToString() => _quote;
}
