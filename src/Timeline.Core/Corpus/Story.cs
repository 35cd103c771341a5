using Timeline.Temporal;

namespace Timeline.Core.Corpus;

/// <summary>
/// One thing that happened, told by several generated articles: the same people, place and date,
/// so that the event stage has the same event from many sources to merge.
/// </summary>
internal sealed record Story(string Country, string City, string Actor, string Role, string Body, string Happening, CalendarDate Date, int Days);
