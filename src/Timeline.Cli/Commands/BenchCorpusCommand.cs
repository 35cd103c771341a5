using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Timeline.Core.Corpus;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline bench-corpus N DIR</c>: writes N generated news-like articles for benchmarks, the same for the same seed.</summary>
internal static class BenchCorpusCommand
{
    public static Command Create()
    {
        var count = new Argument<int>("count") { Description = "How many articles to generate" };
        var folder = new Argument<string>("folder") { Description = "Folder to write them to (empty, or a corpus generated before)" };
        var seed = new Option<ulong>("--seed") { Description = "Seed; the same seed and count give the same files", DefaultValueFactory = _ => 2023 };

        var command = new Command("bench-corpus", "Generate a deterministic corpus of news-like articles for benchmarks") { count, folder, seed };
        command.SetAction(parse => Run(AnsiConsole.Console, parse.GetValue(count), parse.GetValue(folder)!, parse.GetValue(seed)));
        return command;
    }

    internal static int Run(IAnsiConsole console, int count, string folder, ulong seed)
    {
        if (count < 0)
        {
            console.MarkupLine("[red]error:[/] the count must not be negative");
            return 1;
        }
        try
        {
            long bytes = new CorpusGenerator(seed).WriteTo(folder, count);
            console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {count} articles ({bytes / 1e6:0.0} MB) to {folder} (seed {seed})"));
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return 1;
        }
    }
}
