using System.CommandLine;
using Spectre.Console;
using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline extract [INPUT...]</c>: the merged events without building a site, as an aligned
/// table or (<c>--format json</c>) one JSON document. Inputs are folders (with their timeline.yml)
/// or files; with none, <c>seeds/</c>.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("INPUT") { Description = "Folders or article files (default: seeds)", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format", "-f") { Description = "table or json", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("extract", "Print the timeline's events (date, headline, sources) without building the site") { inputs, format };
        command.SetAction(parse => Run(AnsiConsole.Console, Console.Out, parse.GetValue(inputs) ?? [], parse.GetValue(format)!));
        return command;
    }

    internal static int Run(IAnsiConsole console, TextWriter output, IReadOnlyList<string> inputs, string format)
    {
        PipelineResult result;
        try
        {
            result = Extract(inputs.Count == 0 ? ["seeds"] : inputs);
        }
        catch (Exception ex) when (ex is ConfigException or IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return 1;
        }

        var problems = result.Problems.Select(p => p.ToString()).ToList();
        if (format == "json")
        {
            output.Write(TimelineJson.Write(result.Timeline, problems));
            return 0;
        }
        foreach (string p in problems) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(p)}");
        output.Write(EventTable.Format(result.Timeline));
        return 0;
    }

    // Folders are read whole, with their own timeline.yml; files are read as given, with the
    // timeline.yml of the first file's folder (paths in it are relative to that folder).
    private static PipelineResult Extract(IReadOnlyList<string> inputs)
    {
        var documents = new List<SourceDocument>();
        var problems = new List<SourceProblem>();
        TimelineConfig? firstConfig = null;
        var files = new List<string>();
        foreach (string input in inputs)
        {
            if (Directory.Exists(input))
            {
                var config = ConfigLoader.LoadFromFolder(input);
                firstConfig ??= config;
                var set = SourceLoader.LoadFolder(input, config);
                documents.AddRange(set.Documents);
                problems.AddRange(set.Problems);
            }
            else if (File.Exists(input)) files.Add(input);
            else problems.Add(new SourceProblem(input, "no such file or folder"));
        }
        if (files.Count > 0)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(files[0]))!;
            var config = ConfigLoader.LoadFromFolder(folder);
            firstConfig ??= config;
            var set = SourceLoader.LoadFiles(files, config, folder);
            documents.AddRange(set.Documents);
            problems.AddRange(set.Problems);
        }
        var ordered = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var result = new TimelinePipeline(EnglishRecognizer.Instance).Run(new SourceSet(ordered, []), firstConfig ?? TimelineConfig.Default);
        return result with { Problems = [.. problems, .. result.Problems] };
    }
}
