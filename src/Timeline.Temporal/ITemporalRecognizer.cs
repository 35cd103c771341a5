namespace Timeline.Temporal;

/// <summary>
/// The seam between Timeline and a date recognizer, narrow on purpose so that another engine
/// (Microsoft.Recognizers.Text where it can be restored) can stand behind it.
/// </summary>
public interface ITemporalRecognizer
{
    /// <summary>Every date expression in <paramref name="text"/>, in text order, none overlapping.</summary>
    IReadOnlyList<TemporalMention> Recognize(string text, RecognitionOptions? options = null);

    /// <summary>
    /// <see cref="Recognize"/> of <paramref name="text"/>, kept so that the text can be recognized again under another
    /// anchor; a recognizer that cannot do that for less recognizes it from scratch again.
    /// </summary>
    TemporalReading Read(string text, RecognitionOptions? options = null) => new TemporalReading.FromScratch(this, text, options);
}
