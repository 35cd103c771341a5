using Timeline.Temporal;

namespace Timeline.Core.Inference;

/// <summary>A publication date worked out from the article's own text, and the statements that show it, for a reader.</summary>
public sealed record InferredDate(CalendarDate Date, string Evidence);
