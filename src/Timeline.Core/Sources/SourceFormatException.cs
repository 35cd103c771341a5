namespace Timeline.Core.Sources;

/// <summary>
/// A file that cannot become a source. Its message is the one line the build prints after the
/// file's path, so it says what is wrong in words a writer can act on.
/// </summary>
internal sealed class SourceFormatException(string message) : Exception(message);
