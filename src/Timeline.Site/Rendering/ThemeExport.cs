namespace Timeline.Site.Rendering;

/// <summary>Copies the built-in templates into a folder for editing; files already there are kept unless overwriting is asked for.</summary>
public static class ThemeExport
{
    /// <returns>The relative names written and the ones left alone because they existed.</returns>
    public static (IReadOnlyList<string> Written, IReadOnlyList<string> Kept) CopyBuiltIn(string folder, bool overwrite = false)
    {
        var written = new List<string>();
        var kept = new List<string>();
        foreach (string name in TemplateSet.BuiltInNames)
        {
            string path = Path.Combine(folder, name.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path) && !overwrite)
            {
                kept.Add(name);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, TemplateSet.BuiltIn.ReadBytes(name));
            written.Add(name);
        }
        return (written, kept);
    }
}
