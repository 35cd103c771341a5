using System.Text;

namespace Timeline.Core.Sources;

/// <summary>Lower-case ASCII slugs for ids and file names: the same input gives the same slug on any machine.</summary>
public static class Slug
{
    public static string From(string text, int maxLength = 60)
    {
        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        bool dash = false;
        foreach (char raw in text.Normalize(NormalizationForm.FormD))
        {
            if (sb.Length >= maxLength) break;
            char c = char.ToLowerInvariant(raw);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                if (dash && sb.Length > 0) sb.Append('-');
                sb.Append(c);
                dash = false;
            }
            else if (char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                dash = true;
            }
        }
        return sb.Length == 0 ? "untitled" : sb.ToString();
    }
}
