namespace Timeline.Tests.Shared;

/// <summary>Paths in the repository, found from the test assembly's folder so tests run from any working directory.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    public static string Site => Path.Combine(Root, "site");

    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Timeline.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Timeline.sln not found above " + AppContext.BaseDirectory);
    }
}
