using System.CommandLine;
using Timeline.Cli.Commands;

namespace Timeline.Cli;

public static class Program
{
    public static Task<int> Main(string[] args) => CreateRoot().Parse(args).InvokeAsync();

    /// <summary>The command tree; each command lives in its own file under Commands/.</summary>
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Timeline turns a folder of news articles into a dated, source-linked timeline site.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(TagCommand.Create());
        return root;
    }
}
