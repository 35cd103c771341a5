namespace Timeline.Site.Rendering;

/// <summary>A template that does not parse or fails to render; the message names the file, line and column.</summary>
public sealed class TemplateException(string message, Exception? inner = null) : Exception(message, inner);
