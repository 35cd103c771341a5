namespace Timeline.Core.Text;

/// <summary>A sentence of a source's text: its number in the document (0-based) and its UTF-16 span.</summary>
public sealed record Sentence(int Index, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The fragment id of the sentence on its source page; stable while the text is unchanged.</summary>
    public string Anchor => Index < Anchors.Length ? Anchors[Index] : $"s{Index + 1}";

    // Every dated statement names its sentence's anchor: the common ones are made once.
    private static readonly string[] Anchors = [.. Enumerable.Range(1, 512).Select(i => $"s{i}")];

    public bool Contains(int offset) => offset >= Start && offset < End;
}
