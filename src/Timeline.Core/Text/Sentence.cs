namespace Timeline.Core.Text;

/// <summary>A sentence of a source's text: its number in the document (0-based) and its UTF-16 span.</summary>
public sealed record Sentence(int Index, int Start, int Length)
{
    public int End => Start + Length;

    /// <summary>The fragment id of the sentence on its source page; stable while the text is unchanged.</summary>
    public string Anchor => $"s{Index + 1}";

    public bool Contains(int offset) => offset >= Start && offset < End;
}
