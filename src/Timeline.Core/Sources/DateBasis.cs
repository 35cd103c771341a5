namespace Timeline.Core.Sources;

/// <summary>How a source's publication date was known, strongest first.</summary>
public enum DateBasis
{
    /// <summary>Given in timeline.yml; overrides everything else.</summary>
    Config,
    /// <summary>Carried by the file itself: a header line, front matter, HTML metadata.</summary>
    File,
    /// <summary>Read from the article's dateline (<c>Pyongyang, July 28 :</c>) with a known year.</summary>
    Dateline,
    /// <summary>Inferred from statements in the text that pin the year.</summary>
    Inferred,
    Unknown,
}
