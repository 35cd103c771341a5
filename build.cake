// Build script: `dotnet tool restore && dotnet cake` runs the tests, then builds the site from seeds/.
// Targets: Clean, Build, Test, Site, Publish (default: Test then Site), Bench (benchmarks; not part of the default).
// Publish builds the site into artifacts/pages, the folder the GitHub Pages workflow uploads:
// `dotnet cake --target=Publish --base-url=https://owner.github.io/repo/`.
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./Timeline.sln";
var baseUrl = Argument("base-url", "");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./src/**/bin/" + configuration);
    CleanDirectories("./tests/**/bin/" + configuration);
    CleanDirectories("./artifacts");
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(solution, new DotNetTestSettings { Configuration = configuration, NoBuild = true });
});

Task("Site")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun("./src/Timeline.Cli/Timeline.Cli.csproj", new ProcessArgumentBuilder().Append("build"),
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

Task("Publish")
    .IsDependentOn("Build")
    .Does(() =>
{
    // No cleaning first: Timeline replaces its own earlier output and refuses a folder holding anything else.
    var arguments = new ProcessArgumentBuilder().Append("build").Append("--input").Append("seeds").Append("--output").Append("artifacts/pages");
    if (!string.IsNullOrEmpty(baseUrl)) arguments.Append("--base-url").AppendQuoted(baseUrl);
    DotNetRun("./src/Timeline.Cli/Timeline.Cli.csproj", arguments,
        new DotNetRunSettings { Configuration = configuration, NoBuild = true });
    Information("Site for GitHub Pages in artifacts/pages");
});

// Benchmarks, never run by CI: the whole build on generated corpora (timings beside Hugo's; see
// docs/performance.md), then the BenchmarkDotNet ones. Release only; takes minutes.
// `--bench-sizes=1000` for a quicker run, `--bench-filter=none` to skip BenchmarkDotNet.
Task("Bench")
    .Does(() =>
{
    var project = "./tests/Timeline.Benchmarks/Timeline.Benchmarks.csproj";
    DotNetBuild(project, new DotNetBuildSettings { Configuration = "Release" });
    var dll = "./tests/Timeline.Benchmarks/bin/Release/net10.0/Timeline.Benchmarks.dll";
    DotNetExecute(dll, new ProcessArgumentBuilder().Append("build").Append("--sizes").Append(Argument("bench-sizes", "1000,10000")));
    var filter = Argument("bench-filter", "*");
    if (filter != "none") DotNetExecute(dll, new ProcessArgumentBuilder().Append("--filter").AppendQuoted(filter));
});

Task("Default")
    .IsDependentOn("Test")
    .IsDependentOn("Site");

RunTarget(target);
