using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Core.Corpus;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// <c>Timeline.Benchmarks build [--sizes 1000,10000] [--work DIR] [--seed N] [--no-hugo] [--cold-only] [--hugo-only]</c>:
/// generates each corpus, then times <c>timeline build</c> on it in a child process (cold, warm,
/// after changing one article) and Hugo on the same articles, and prints a Markdown table.
/// </summary>
internal static partial class WholeBuildBenchmark
{
    [GeneratedRegex(@"(\d+) sources, (\d+) events, (\d+) files in [\d.]+ s.*?\((\d+) analysed, (\d+) files changed\)", RegexOptions.Singleline)]
    private static partial Regex Summary();

    public static int Run(string[] args, TextWriter log)
    {
        int[] sizes = [1000, 10000];
        string work = Path.Combine(Path.GetTempPath(), "timeline-bench");
        ulong seed = 2023;
        bool hugo = true, rebuilds = true, ours = true;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--sizes": sizes = [.. args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))]; break;
                case "--work": work = args[++i]; break;
                case "--seed": seed = ulong.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--no-hugo": hugo = false; break;
                case "--cold-only": rebuilds = false; break;
                case "--hugo-only": ours = false; break;
                default: log.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }
        string timeline = TimedCli.Require();
        log.WriteLine($"# Whole-build benchmark: {Environment.ProcessorCount} cores, load average at start {Measured.LoadAverage()}, seed {seed}");
        log.WriteLine($"CLI timed: {TimedCli.Describe()}");
        log.WriteLine();
        log.WriteLine("| articles | MB | run | wall s | CPU s | peak MB | events | HTML pages | largest HTML KB | analysed | files written |");
        log.WriteLine("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int size in sizes)
        {
            string folder = Path.Combine(work, size.ToString(CultureInfo.InvariantCulture));
            string corpus = Path.Combine(folder, "corpus"), site = Path.Combine(folder, "site"), cache = Path.Combine(folder, ".timeline-cache");
            Directory.CreateDirectory(folder);
            var generator = new CorpusGenerator(seed);
            double mb = generator.WriteTo(corpus, size) / 1e6;
            foreach (string d in new[] { site, cache }) if (Directory.Exists(d)) Directory.Delete(d, recursive: true);
            // A file written just before a build's walk may yet change within the same timestamp, so the build marks it "may have
            // changed" and the next build reads it again. Waiting out that window keeps the unchanged rebuild's row a steady state,
            // as a user's corpus is, not a re-read of the whole corpus the benchmark has just written.
            Thread.Sleep(RacyWindow);

            string[] build = [timeline, "build", "--input", corpus, "--output", site];
            if (ours) Row(log, size, mb, "cold (no cache, no site)", Measured.Run("dotnet", build), site);
            if (ours && rebuilds) Rebuilds(log, size, mb, corpus, site, build);
            if (hugo)
            {
                string hugoFolder = Path.Combine(folder, "hugo");
                HugoSite.Write(hugoFolder, generator.Generate(size).Articles);
                string publicFolder = Path.Combine(hugoFolder, "public");
                var measured = Measured.Run("hugo", ["--quiet", "--source", hugoFolder, "--destination", publicFolder]);
                Row(log, size, mb, "Hugo 0.111, plain Markdown pages", measured, publicFolder);
            }
        }
        log.WriteLine();
        log.WriteLine($"Load average at end: {Measured.LoadAverage()}");
        return 0;
    }

    // DeltaBuild's window for coarse (whole-second) timestamps, the longer of its two, and a margin.
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2.5);

    private static void Rebuilds(TextWriter log, int size, double mb, string corpus, string site, string[] build)
    {
        Row(log, size, mb, "unchanged rebuild", Measured.Run("dotnet", build), site);

        // One article of N changed: first a sentence with no date (the events stay the same), then one with a new date, then a word in the middle.
        string article = Directory.EnumerateFiles(corpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(size / 2);
        string original = File.ReadAllText(article);
        File.WriteAllText(article, original.TrimEnd() + " Officials declined to comment further.\n");
        Row(log, size, mb, "1 article edited, no new date", Measured.Run("dotnet", build), site);
        File.WriteAllText(article, original.TrimEnd() + " The talks resumed on March 3, 2011.\n");
        Row(log, size, mb, "1 article edited, new dated statement", Measured.Run("dotnet", build), site);
        // A real edit: a word inserted a third of the way in moves the offset of every statement after it. It is
        // measured against a build of the original article, so that the dated sentence going away is not part of it.
        File.WriteAllText(article, original);
        Measured.Run("dotnet", build);
        int at = original.IndexOf(' ', original.Length / 3);
        File.WriteAllText(article, original[..at] + " reportedly" + original[at..]);
        Row(log, size, mb, "1 article edited in the middle", Measured.Run("dotnet", build), site);
        File.WriteAllText(article, original);
    }

    private static void Row(TextWriter log, int size, double mb, string run, Measured m, string site)
    {
        var summary = Summary().Match(m.StandardOutput);
        string events = summary.Success ? summary.Groups[2].Value : "–";
        string analysed = summary.Success ? summary.Groups[4].Value : "–";
        string written = summary.Success ? summary.Groups[5].Value : "–";
        var html = Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {size:N0} | {mb:0.0} | {run} | {m.WallSeconds:0.00} | {m.CpuSeconds:0.00} | {m.PeakKilobytes / 1024.0:0} | {events} | {html.Count:N0} | {html.DefaultIfEmpty(0).Max() / 1024.0:0} | {analysed} | {written} |"));
        log.Flush();
    }
}
