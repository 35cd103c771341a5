namespace Timeline.Temporal;

/// <summary>
/// The mentions of one text under one set of options, kept so that the same text can be recognized again under
/// another anchor (<see cref="Again"/>) for less than recognizing it from scratch: an undated article is read once
/// to work out its date, then again against that date. Dispose it when done with it.
/// </summary>
public abstract class TemporalReading : IDisposable
{
    /// <summary>What <see cref="ITemporalRecognizer.Recognize"/> gives for the text under the options it was read with.</summary>
    public abstract IReadOnlyList<TemporalMention> Mentions { get; }

    /// <summary>What <see cref="ITemporalRecognizer.Recognize"/> gives for the same text under <paramref name="options"/>.</summary>
    public abstract IReadOnlyList<TemporalMention> Again(RecognitionOptions options);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    /// <summary>A reading that recognizes the text from scratch each time: what any recognizer can do.</summary>
    internal sealed class FromScratch(ITemporalRecognizer recognizer, string text, RecognitionOptions? options) : TemporalReading
    {
        public override IReadOnlyList<TemporalMention> Mentions { get; } = recognizer.Recognize(text, options);

        public override IReadOnlyList<TemporalMention> Again(RecognitionOptions options) => recognizer.Recognize(text, options);
    }
}
