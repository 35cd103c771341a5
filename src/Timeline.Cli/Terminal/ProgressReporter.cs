using Spectre.Console;

namespace Timeline.Cli.Terminal;

/// <summary>
/// Progress for a build: a live bar on a terminal, plain lines when output is redirected
/// (Spectre's bar prints nothing at all then, and a log should still say what happened).
/// </summary>
internal static class ProgressReporter
{
    public static T Run<T>(IAnsiConsole console, string title, Func<IProgress<string>, T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
            return work(new Progress(line => console.WriteLine($"  {line}")));

        T result = default!;
        console.Status().Start(title, context =>
        {
            result = work(new Progress(line => context.Status($"{title}: {Markup.Escape(line)}")));
        });
        return result;
    }

    // Synchronous on purpose: System.Progress<T> posts to the thread pool and would reorder lines.
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
