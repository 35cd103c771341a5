namespace Timeline.Site.Model;

/// <summary>Where each date of a source links and how many of each source's dates link to an event, as <see cref="SiteModelBuilder"/> finds them.</summary>
/// <param name="EventOf">By source id, where its dates link: source id and date offset → the id of the event its statement became (the
/// last event naming it wins). Asked only for the sources whose text is made.</param>
/// <param name="EventCounts">How many dates of each source link to an event, by source id.</param>
internal sealed record SourceLinks(Func<string, Dictionary<(string, int), string>> EventOf, IReadOnlyDictionary<string, int> EventCounts);
