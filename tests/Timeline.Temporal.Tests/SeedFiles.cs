namespace Timeline.Temporal.Tests;

/// <summary>Finds ../shared/seeds from the test's working directory, wherever the worktree is.</summary>
internal static class SeedFiles
{
    public static string Directory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "seeds"), Path.Combine(dir.FullName, "..", "shared", "seeds") })
                if (System.IO.Directory.Exists(candidate) && System.IO.Directory.GetFiles(candidate, "*.txt").Length > 0) return candidate;
            dir = dir.Parent;
        }

        throw new DirectoryNotFoundException("No seeds folder above " + AppContext.BaseDirectory);
    }
}
