namespace Timeline.Temporal;

/// <summary>
/// The seam between Timeline and a date recognizer, narrow on purpose so that another engine
/// (Microsoft.Recognizers.Text where it can be restored) can stand behind it.
/// </summary>
public interface ITemporalRecognizer
{
    /// <summary>Every date expression in <paramref name="text"/>, in text order, none overlapping.</summary>
    IReadOnlyList<TemporalMention> Recognize(string text, RecognitionOptions? options = null);
}
