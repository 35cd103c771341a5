namespace Timeline.Core.Sources;

/// <summary>
/// Maps offsets in a source's <see cref="SourceDocument.Text"/> back to the file it was read from
/// (its decoded text with <c>\n</c> line ends, so line numbers are the file's own). Text copied
/// verbatim maps character by character; text that the format rewrote (an entity, an escape)
/// maps to the start and end of what it came from.
/// </summary>
public sealed class SourceMap : IEquatable<SourceMap>
{
    private readonly List<Segment> _segments;
    private readonly int[] _lineStarts;

    /// <summary>A run of text that came from one place in the file.</summary>
    /// <param name="Verbatim">The text equals the file's characters at <paramref name="SourceStart"/>.</param>
    public readonly record struct Segment(int TextStart, int TextLength, int SourceStart, int SourceLength, bool Verbatim);

    internal SourceMap(List<Segment> segments, string source)
    {
        _segments = segments;
        var starts = new List<int> { 0 };
        for (int i = 0; i < source.Length; i++)
            if (source[i] == '\n') starts.Add(i + 1);
        _lineStarts = [.. starts];
    }

    public IReadOnlyList<Segment> Segments => _segments;

    /// <summary>The file offset of the character at <paramref name="textOffset"/> (or of the gap before it).</summary>
    public int ToSource(int textOffset)
    {
        int i = SegmentAtOrBefore(textOffset);
        if (i < 0) return _segments.Count > 0 ? _segments[0].SourceStart : 0;
        var s = _segments[i];
        int inside = textOffset - s.TextStart;
        if (inside >= s.TextLength) return s.SourceStart + s.SourceLength; // a separator the format added
        return s.Verbatim ? s.SourceStart + inside : s.SourceStart;
    }

    /// <summary>The file range [start, end) that the text range [<paramref name="textStart"/>, +<paramref name="length"/>) came from.</summary>
    public (int Start, int End) ToSourceRange(int textStart, int length)
    {
        int start = ToSource(textStart);
        if (length <= 0) return (start, start);
        int last = textStart + length - 1;
        int i = SegmentAtOrBefore(last);
        if (i < 0) return (start, start);
        var s = _segments[i];
        int inside = last - s.TextStart;
        int end = inside >= s.TextLength ? s.SourceStart + s.SourceLength
            : s.Verbatim ? s.SourceStart + inside + 1
            : s.SourceStart + s.SourceLength;
        return (start, Math.Max(start, end));
    }

    /// <summary>The 1-based line of the file that the text at <paramref name="textOffset"/> came from.</summary>
    public int LineOf(int textOffset)
    {
        int source = ToSource(textOffset);
        int i = Array.BinarySearch(_lineStarts, source);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    private int SegmentAtOrBefore(int textOffset)
    {
        int lo = 0, hi = _segments.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (_segments[mid].TextStart <= textOffset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    public bool Equals(SourceMap? other) =>
        other is not null && _segments.SequenceEqual(other._segments) && _lineStarts.AsSpan().SequenceEqual(other._lineStarts);

    public override bool Equals(object? obj) => Equals(obj as SourceMap);

    public override int GetHashCode() => HashCode.Combine(_segments.Count, _lineStarts.Length);
}
