using System.Text;
using Markdig.Syntax;

namespace Timeline.Core.Sources;

/// <summary>Builds a rendered text and its <see cref="SourceMap"/> piece by piece.</summary>
internal sealed class MappedTextBuilder(string source, int sourceOffset)
{
    private readonly StringBuilder _text = new();
    private readonly List<SourceMap.Segment> _segments = [];

    public int Length => _text.Length;

    /// <summary>Separates blocks by a blank line; the separator maps to the end of the previous block.</summary>
    public void StartBlock()
    {
        if (_text.Length > 0) _text.Append("\n\n");
    }

    public string Since(int start) => _text.ToString(start, _text.Length - start);

    /// <param name="rewritten">The format turned the source into this text (an entity): never map it character by character.</param>
    public void Append(string value, SourceSpan span, bool rewritten = false)
    {
        if (value.Length == 0) return;
        int start = span.IsEmpty ? sourceOffset : sourceOffset + span.Start;
        int length = span.IsEmpty ? 0 : span.Length;
        start = Math.Clamp(start, 0, source.Length);
        length = Math.Clamp(length, 0, source.Length - start);

        // The text usually stands verbatim inside its span (a literal; the code inside backticks;
        // the character after a backslash): then it maps character by character.
        int at = rewritten ? -1 : source.AsSpan(start, length).IndexOf(value.AsSpan(), StringComparison.Ordinal);
        bool verbatim = at >= 0;
        _segments.Add(verbatim
            ? new SourceMap.Segment(_text.Length, value.Length, start + at, value.Length, true)
            : new SourceMap.Segment(_text.Length, value.Length, start, length, false));
        _text.Append(value);
    }

    public SourceMap BuildMap() => new(_segments, source);

    public override string ToString() => _text.ToString();
}
