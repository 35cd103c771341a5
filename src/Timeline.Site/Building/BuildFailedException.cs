namespace Timeline.Site.Building;

/// <summary>A build that wrote nothing; <see cref="Exception.Message"/> is the one-line reason, <see cref="Details"/> any more lines.</summary>
public sealed class BuildFailedException(string message, IReadOnlyList<string>? details = null, Exception? inner = null) : Exception(message, inner)
{
    public IReadOnlyList<string> Details { get; } = details ?? [];
}
