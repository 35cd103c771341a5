using System.Text;
using Scriban.Runtime;

namespace Timeline.Site.Rendering;

/// <summary>A template's output into a builder the renderer reuses from page to page.</summary>
internal sealed class BuilderOutput(StringBuilder builder) : IScriptOutput
{
    public StringBuilder Builder { get; } = builder;

    /// <summary>The builder as a writer, for encoders that write to one.</summary>
    public TextWriter Writer => _writer ??= new StringWriter(Builder, System.Globalization.CultureInfo.InvariantCulture);

    private StringWriter? _writer;

    public void Write(string text, int offset, int count) => Builder.Append(text, offset, count);

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
