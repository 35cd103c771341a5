using System.Reflection;

namespace Timeline.Site.Rendering;

/// <summary>
/// The templates and assets of a theme: files of a user's folder first, each falling back to the
/// built-in one embedded from the repository's <c>templates/</c>, so a user copies only what they change.
/// </summary>
public sealed class TemplateSet
{
    private const string Prefix = "templates/";
    private static readonly Assembly Assembly = typeof(TemplateSet).Assembly;
    private readonly string? _folder;

    public TemplateSet(string? folder = null)
    {
        if (folder is not null && !Directory.Exists(folder))
            throw new DirectoryNotFoundException($"templates folder '{folder}' does not exist");
        _folder = folder is null ? null : Path.GetFullPath(folder);
    }

    public static TemplateSet BuiltIn { get; } = new();

    /// <summary>The built-in file names, relative with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } = Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>Where <paramref name="name"/> comes from, for error messages: a path, or "built-in:name".</summary>
    public string Describe(string name) => UserPath(name) is { } p && File.Exists(p) ? p : $"built-in:{name}";

    public byte[] ReadBytes(string name)
    {
        if (UserPath(name) is { } path && File.Exists(path)) return File.ReadAllBytes(path);
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new FileNotFoundException($"template '{name}' is neither in the templates folder nor built in");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public string ReadText(string name) => System.Text.Encoding.UTF8.GetString(ReadBytes(name)).TrimStart('\uFEFF');

    /// <summary>Every asset (a file under <c>assets/</c>) of the theme, built-in and the user's, by name.</summary>
    public IReadOnlyList<string> AssetNames()
    {
        var names = new SortedSet<string>(BuiltInNames.Where(n => n.StartsWith("assets/", StringComparison.Ordinal)), StringComparer.Ordinal);
        if (_folder is not null && Directory.Exists(Path.Combine(_folder, "assets")))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_folder, "assets"), "*", SearchOption.AllDirectories))
                names.Add(Path.GetRelativePath(_folder, file).Replace('\\', '/'));
        }
        return names.ToList();
    }

    /// <summary>
    /// A SHA-256 of every file of the theme, built-in and the user's, by name: a template may
    /// include any of them, so a change to any one means every page is rendered again.
    /// </summary>
    public string Hash()
    {
        var names = new SortedSet<string>(BuiltInNames, StringComparer.Ordinal);
        if (_folder is not null)
        {
            foreach (var file in Directory.EnumerateFiles(_folder, "*", SearchOption.AllDirectories))
                names.Add(Path.GetRelativePath(_folder, file).Replace('\\', '/'));
        }
        using var sha = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (string name in names)
        {
            byte[] content = ReadBytes(name);
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}\n{content.Length}\n"));
            sha.AppendData(content);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private string? UserPath(string name) => _folder is null ? null : Path.Combine(_folder, name);
}
