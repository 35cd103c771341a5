namespace Timeline.Site.Model;

/// <summary>A piece of a sentence: plain text, or a recognized date linking to its event page.</summary>
/// <remarks>
/// The text is a range of the article's text, cut out only when read: the site model of a large corpus
/// holds every sentence of every article, and copying them all into segments doubled the text held to the end of a build.
/// Equal when their text and links are, wherever the text is kept.
/// </remarks>
public sealed class SegmentView : IEquatable<SegmentView>
{
    private readonly string _source;
    private readonly int _start;
    private readonly int _length;

    public SegmentView(string text, bool isDate, string? eventHref, string? timex)
        : this(text, 0, text.Length, isDate, eventHref, timex)
    {
    }

    /// <param name="source">The text the segment is a range of; it is kept, not copied.</param>
    public SegmentView(string source, int start, int length, bool isDate, string? eventHref, string? timex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, source.Length);
        _source = source;
        _start = start;
        _length = length;
        IsDate = isDate;
        EventHref = eventHref;
        Timex = timex;
    }

    public string Text => _start == 0 && _length == _source.Length ? _source : _source.Substring(_start, _length);

    public bool IsDate { get; }

    public string? EventHref { get; }

    public string? Timex { get; }

    /// <summary>The text without making a string of it. A method, so that templates and view hashes do not see it.</summary>
    public ReadOnlySpan<char> AsSpan() => _source.AsSpan(_start, _length);

    public bool Equals(SegmentView? other) =>
        other is not null && AsSpan().SequenceEqual(other.AsSpan()) && IsDate == other.IsDate && EventHref == other.EventHref && Timex == other.Timex;

    public override bool Equals(object? obj) => Equals(obj as SegmentView);

    public override int GetHashCode() => HashCode.Combine(string.GetHashCode(AsSpan(), StringComparison.Ordinal), IsDate, EventHref, Timex);

    public override string ToString() => Text;
}
