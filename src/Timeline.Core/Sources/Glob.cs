using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Core.Sources;

/// <summary>
/// A path pattern of timeline.yml's <c>include</c>/<c>exclude</c>, matched against a path relative
/// to the input folder with forward slashes: <c>*</c> is any run of characters within one folder
/// name, <c>?</c> one such character, <c>**</c> any number of folders. A pattern without a slash
/// matches a file name at any depth (<c>*.htm</c>), as in .gitignore. Matching is case-sensitive,
/// so a build means the same on every file system.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;

    public Glob(string pattern)
    {
        Pattern = pattern;
        string p = pattern.Trim().Replace('\\', '/');
        if (p.StartsWith("./", StringComparison.Ordinal)) p = p[2..];
        bool anywhere = !p.TrimEnd('/').Contains('/');
        // `drafts/` means everything under drafts.
        if (p.EndsWith('/')) p += "**";

        var sb = new StringBuilder("^");
        if (anywhere) sb.Append("(?:.*/)?");
        for (int i = 0; i < p.Length; i++)
        {
            char c = p[i];
            if (c == '*' && i + 1 < p.Length && p[i + 1] == '*')
            {
                bool slash = i + 2 < p.Length && p[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*') sb.Append("[^/]*");
            else if (c == '?') sb.Append("[^/]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        sb.Append('$');
        _regex = new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public string Pattern { get; }

    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);
}
