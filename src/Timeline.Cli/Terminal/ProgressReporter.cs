using Spectre.Console;

namespace Timeline.Cli.Terminal;

/// <summary>
/// Progress for a build: a live progress bar on a terminal, plain lines when output is redirected
/// (Spectre's bar prints nothing at all then, and a log should still say what happened).
/// </summary>
internal static class ProgressReporter
{
    public static T Run<T>(IAnsiConsole console, string title, Func<IProgress<string>, T> work)
    {
        if (!console.Profile.Capabilities.Interactive)
            return work(new Progress(line => console.WriteLine($"  {line}")));

        T result = default!;
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new ProgressBarColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .Start(context =>
            {
                // The number of articles is only known once the folder is read, so the bar runs indeterminate.
                var task = context.AddTask(title, maxValue: 1);
                task.IsIndeterminate = true;
                result = work(new Progress(line => task.Description = $"{title}: {Markup.Escape(line)}"));
                task.Value = 1;
            });
        return result;
    }

    // Synchronous on purpose: System.Progress<T> posts to the thread pool and would reorder lines.
    // Locked because articles are read in parallel.
    private sealed class Progress(Action<string> report) : IProgress<string>
    {
        private readonly Lock _lock = new();

        public void Report(string value)
        {
            lock (_lock) report(value);
        }
    }
}
