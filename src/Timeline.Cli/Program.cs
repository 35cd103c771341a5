using System.CommandLine;
using Timeline.Cli.Commands;

namespace Timeline.Cli;

public static class Program
{
    public static Task<int> Main(string[] args)
    {
        // Redirected output goes to logs and scripts: one message, one line, never wrapped at 80 columns.
        if (Console.IsOutputRedirected) Spectre.Console.AnsiConsole.Profile.Width = 4096;
        return CreateRoot().Parse(args).InvokeAsync();
    }

    /// <summary>The command tree; each command lives in its own file under Commands/.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Timeline turns a folder of news articles into a dated, source-linked timeline site.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(TagCommand.Create());
        root.Subcommands.Add(BenchCorpusCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        return root;
    }
}
