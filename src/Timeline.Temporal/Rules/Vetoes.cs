using System.Runtime.CompilerServices;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// Context that keeps a number from being read as a date: model names and codes (<c>Hwasong-17</c>,
/// <c>G7</c>, <c>Interaction-2023</c>), counts (<c>180,000</c>, <c>1,953 people</c>, <c>$1,950</c>)
/// and numbered things (<c>page 1950</c>, <c>Resolution 2397</c>, <c>Boeing 737</c>).
/// </summary>
internal static class Vetoes
{
    private static readonly HashSet<string> NumberedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "page", "pages", "p", "pp", "resolution", "resolutions", "flight", "room", "route", "highway", "interstate", "number", "no", "nos",
        "model", "type", "article", "section", "chapter", "rule", "paragraph", "item", "vol", "volume", "issue", "code", "bus",
        "channel", "suite", "apartment", "apt", "box", "boeing", "airbus", "windows", "office", "iso", "unit",
        "platoon", "regiment", "division", "battalion", "squadron", "brigade", "order", "decree", "decision", "verse", "psalm",
        "exhibit", "figure", "fig", "table", "track", "episode", "game", "row", "seat", "gate", "pier", "terminal", "block",
        "lot", "case", "cases", "file", "ref", "reference", "serial", "version", "v", "release", "build", "patch", "street", "st",
        "avenue", "ave", "road", "rd", "zip", "postcode", "tel", "phone", "fax", "ext", "pin", "account", "ticket", "id", "hr",
        "hb", "sb", "lb", "ub", "cve", "rfc", "en", "ieee", "din", "ece", "level", "grade", "class", "category", "mark", "mk",
        "mig", "su", "tu", "il", "kh", "sa", "ss", "ch", "ah", "uh", "mh", "ka", "mi",
        "cessna", "lockheed", "airbus", "tupolev", "sukhoi", "antonov", "ilyushin", "mikoyan", "embraer",
    };

    private static readonly HashSet<string> CountedNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "persons", "troops", "soldiers", "workers", "jobs", "cars", "vehicles", "units", "feet", "foot", "ft", "meters",
        "metres", "m", "km", "kilometers", "kilometres", "miles", "mi", "tons", "tonnes", "pounds", "lbs", "kg", "kilograms",
        "dollars", "euros", "yen", "pesos", "rubles", "yuan", "shares", "points", "votes", "students", "members", "employees",
        "residents", "deaths", "acres", "hectares", "barrels", "hours", "calories", "copies", "households", "homes", "houses",
        "families", "children", "refugees", "civilians", "prisoners", "patients", "delegates", "seats", "passengers", "pages",
        "words", "times", "rounds", "missiles", "rockets", "shells", "planes", "aircraft", "ships", "tanks", "guns", "weapons",
        "companies", "firms", "stores", "villages", "cities", "sites", "items", "cases", "infections", "victims", "casualties",
        "officers", "police", "fighters", "men", "women", "users", "customers", "visitors", "tourists", "fans", "participants",
        "percent", "pct", "degrees", "cents", "gallons", "liters", "litres", "mph", "kph", "mw", "gw", "kw", "bytes", "mb", "gb",
        "hrs", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "bst", "hectare", "ha", "sq", "square", "cubic", "yards", "inches",
        "million", "billion", "trillion", "thousand", "hundred", "bpd", "cc", "hp", "rpm", "mm", "cm",
    };

    /// <summary>True when the number at <paramref name="i"/> is part of a code, a count or a name, never a date.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool NotADate(Grammar.Scan s, int i, bool afterMonth = false)
    {
        var t = s[i];
        if (t.Kind == TokenKind.Number && t.Value < 0) return true;
        if (t.Glued && s.Has(i - 1))
        {
            var p = s[i - 1];
            // G7, F35: letters glued straight onto the digits.
            if (p.Kind == TokenKind.Word && !afterMonth) return true;
            if (p.Kind == TokenKind.Punct)
            {
                char c = (char)p.Value;
                if (c is '$' or '€' or '£' or '¥' or '#' or '№' or '+' or '.' or ',' or ':' or '@' or '_' or '=' or '*' or '^' or '~' or '&' or '\\' or '×' or 'x') return true;
                // Hwasong-17, COVID-19, Interaction-2023, MQ-9: a hyphen or slash glued to a word before it.
                if (c is '-' or '/' or '–' or '‐' or '‑' && s.Has(i - 2) && s[i - 1].Glued && s[i - 2].Kind == TokenKind.Word
                    && !s.IsMonth(i - 2) && !s.IsAnyWord(i - 2, "mid", "pre", "post", "early", "late", "end", "circa", "c", "from", "since", "by", "until")) return true;
                if (c is '-' or '/' && s.Has(i - 2) && s[i - 1].Glued && s[i - 2].Kind == TokenKind.Number && !LooksLikeYear(s[i - 2])) return true;
            }
        }

        if (s.Has(i + 1) && s[i + 1].Glued)
        {
            var n = s[i + 1];
            if (n.Kind is TokenKind.Word or TokenKind.Number && !(n.Kind == TokenKind.Word && n.Class is WordClass.Month or WordClass.AmbiguousMonth or WordClass.Era)) return true;
            if (n.Kind == TokenKind.Punct)
            {
                char c = (char)n.Value;
                if (c is '%' or '‰' or '°' or '$' or '€' or '£' or '+' or '×' or '_' or '@' or '=' or '&') return true;
                // 180,000 and 1.5: a separator glued to more digits.
                if (c is ',' or '.' or ':' && s.Has(i + 2) && s[i + 2].Glued && s[i + 2].Kind == TokenKind.Number) return true;
            }
        }

        if (IsIn(s, i - 1, NumberedLookup) || t.Digits == 4 && ModelYears.At(s, i)) return true;
        // "On May 9 troops paraded": after a month name the number is a day whatever follows.
        if (!afterMonth && IsIn(s, i + 1, CountedLookup)) return true;
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NumberedLookup = NumberedNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountedLookup = CountedNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsCountedNoun(Grammar.Scan s, int i) => IsIn(s, i, CountedLookup);

    /// <summary>True for a word that numbers what follows it (<c>Room</c>, <c>Article</c>, <c>page</c>).</summary>
    public static bool IsNumberedNoun(Grammar.Scan s, int i) => IsIn(s, i, NumberedLookup);

    private static bool IsIn(Grammar.Scan s, int i, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        s.Has(i) && s[i].Kind == TokenKind.Word && s[i].Length <= 12 && set.Contains(s.Span(i));

    private static bool LooksLikeYear(Token t) => t.Kind == TokenKind.Number && t.Digits == 4 && t.Value is >= 1000 and <= 2199;
}
