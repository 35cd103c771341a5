using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Core.Sources;

/// <summary>
/// The encoding an HTML page declares in its first kilobyte (<c>&lt;meta charset="iso-8859-2"&gt;</c>),
/// used only when its bytes are not UTF-8: a page that decodes as UTF-8 is UTF-8 whatever it says.
/// </summary>
internal static partial class HtmlCharset
{
    [GeneratedRegex(@"<meta[^>]{0,200}?charset\s*=\s*[""']?(?<name>[A-Za-z0-9_.:\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant)]
    private static partial Regex Declaration();

    public static Encoding? Declared(ReadOnlySpan<byte> bytes)
    {
        string head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 1024)]);
        var match = Declaration().Match(head);
        if (!match.Success) return null;
        try
        {
            var encoding = Encoding.GetEncoding(match.Groups["name"].Value);
            // A page that claims UTF-16 or UTF-8 without being it is simply broken; the usual checks report it.
            return encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null; // an encoding name .NET does not know
        }
    }
}
