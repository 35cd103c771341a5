using Spectre.Console;

namespace Timeline.Cli.Tests;

/// <summary>A non-interactive console whose output a test can read, as when the tool's output is redirected.</summary>
internal sealed class ConsoleCapture
{
    private readonly StringWriter _writer = new();

    public ConsoleCapture()
    {
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_writer),
        });
        Console.Profile.Width = 500;
    }

    public IAnsiConsole Console { get; }

    public string Text => _writer.ToString();
}
