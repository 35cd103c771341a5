using System.CommandLine;
using System.Globalization;
using System.Runtime;
using Spectre.Console;
using Timeline.Cli.Terminal;
using Timeline.Site.Building;
using Timeline.Temporal;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline build</c>: articles in, static site out. With no arguments, <c>seeds/</c> to <c>site/</c>.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "Folder of articles (and its timeline.yml)", DefaultValueFactory = _ => "seeds" };
        var output = new Option<string>("--output", "-o") { Description = "Folder the site is written to", DefaultValueFactory = _ => "site" };
        var templates = new Option<string?>("--templates") { Description = "Folder of templates overriding the built-in ones" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site is published at (feeds, sitemap, canonical links)" };
        var strict = new Option<bool>("--strict") { Description = "Fail, writing nothing, when any input file has a problem" };
        var excerpts = new Option<bool>("--excerpts-only") { Description = "Publish only the quoted passages of each source, never its full text" };
        var noCache = new Option<bool>("--no-cache") { Description = "Analyse every article again instead of reusing unchanged ones from .timeline-cache/" };
        var jobs = new Option<int?>("--jobs", "-j") { Description = "Articles analysed at once (default: one per core); the site is the same whatever the value" };
        var timings = new Option<bool>("--timings") { Description = "Print how long each stage of the build took (wall and CPU time)" };

        var command = new Command("build", "Build the timeline site from a folder of articles") { input, output, templates, baseUrl, strict, excerpts, noCache, jobs, timings };
        command.SetAction(parse => Run(AnsiConsole.Console, new BuildSettings
        {
            Input = parse.GetValue(input)!,
            Output = parse.GetValue(output)!,
            Templates = parse.GetValue(templates),
            BaseUrl = parse.GetValue(baseUrl),
            Strict = parse.GetValue(strict),
            ExcerptsOnly = parse.GetValue(excerpts),
            UseCache = !parse.GetValue(noCache),
            Parallelism = parse.GetValue(jobs),
        }, parse.GetValue(timings)));
        return command;
    }

    internal static int Run(IAnsiConsole console, BuildSettings settings, bool timings = false)
    {
        try
        {
            // What the process spent before the build began: the runtime's start, the command line, the JIT of what ran so far.
            var (started, startCpu) = timings ? Started() : default;
            var build = new SiteBuild(EnglishRecognizer.Instance);
            var report = ProgressReporter.Run(console, "Building", progress => build.Run(settings, progress));
            foreach (var problem in report.Problems) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(problem.ToString())}");
            string warnings = report.Problems.Count == 0 ? "" : $", {report.Problems.Count} warning(s)";
            console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Built {settings.Output}: {report.Sources} sources, {report.Events} events, {report.FilesWritten} files in {report.Elapsed.TotalSeconds:0.00} s{warnings}, {report.PagesRendered} pages rendered ({report.Analysed} analysed, {report.FilesChanged} files changed)"));
            if (timings)
            {
                console.WriteLine(Timing("(process start to the build)", started, startCpu));
                // A stage run beside the others is credited with the whole process's CPU meanwhile; its own thread's is told too.
                foreach (var stage in report.Stages)
                {
                    console.WriteLine(Timing(stage.Name, stage.Wall, stage.Cpu, stage.GcPause)
                        + (stage.ThreadCpu is { } own ? string.Create(CultureInfo.InvariantCulture, $"  (its own thread: cpu {own.TotalSeconds:0.00} s)") : ""));
                }
                foreach (var gap in report.Unmeasured) console.WriteLine(Timing($"unmeasured {gap.Name}", gap.Wall, gap.Cpu, gap.GcPause));
                // The collector's share, which the stages' CPU times include wherever it ran.
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  gc: {GC.CollectionCount(0)} / {GC.CollectionCount(1)} / {GC.CollectionCount(2)} collections of generation 0 / 1 / 2, paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s, {GC.GetTotalAllocatedBytes() / 1_000_000} MB allocated"));
                // What even a ReadyToRun publish compiles at run time: the instantiations of the framework's generics over value
                // types, which no image of ours may hold, methods marked AggressiveOptimization, and hot methods again.
                console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  jit: {JitInfo.GetCompiledMethodCount()} methods compiled ({JitInfo.GetCompiledILBytes() / 1000} KB of IL), {JitInfo.GetCompilationTime().TotalSeconds:0.00} s in the compiler"));
            }
            return 0;
        }
        catch (BuildFailedException ex)
        {
            foreach (string detail in ex.Details) console.MarkupLine($"[red]error:[/] {Markup.Escape(detail)}");
            console.MarkupLine($"[red]error:[/] build failed: {Markup.Escape(ex.Message)}");
            return 1;
        }
    }

    private static string Timing(string name, TimeSpan wall, TimeSpan cpu, TimeSpan gcPause = default) =>
        string.Create(CultureInfo.InvariantCulture, $"  {name,-28} wall {wall.TotalSeconds,6:0.00} s  cpu {cpu.TotalSeconds,6:0.00} s")
        + (gcPause >= TimeSpan.FromMilliseconds(10) ? string.Create(CultureInfo.InvariantCulture, $"  gc {gcPause.TotalSeconds:0.00} s") : "");

    private static (TimeSpan Wall, TimeSpan Cpu) Started()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return (DateTime.Now - process.StartTime, process.TotalProcessorTime);
    }
}
