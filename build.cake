// Build script: `dotnet tool restore && dotnet cake` runs the tests, then builds the site from seeds/.
// Targets: Clean, Build, Test, Site (default: Test then Site).
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./Timeline.sln";

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

Task("Default")
    .IsDependentOn("Test")
    .IsDependentOn("Site");

RunTarget(target);
