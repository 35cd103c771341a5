namespace Timeline.Core.Text;

/// <summary>A block of text separated from the next by a line break, with the sentences inside it.</summary>
public sealed record Paragraph(int Start, int Length, IReadOnlyList<Sentence> Sentences)
{
    public int End => Start + Length;
}
