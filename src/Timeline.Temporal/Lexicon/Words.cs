using System.Runtime.CompilerServices;

namespace Timeline.Temporal.Lexicon;

internal readonly record struct WordEntry(WordClass Class, int Value);

/// <summary>The English lexicon, looked up case-insensitively from a span without allocating.</summary>
internal static class Words
{
    private static readonly Dictionary<string, WordEntry> Table = Build();
    private static readonly Dictionary<string, WordEntry>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    // Which first two letters any lexicon word starts with: most words of a text fail this test
    // and skip the hash lookup, which is the tokenizer's largest cost.
    private static readonly bool[] Prefixes = BuildPrefixes();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WordEntry Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return default;
        int a = char.ToLowerInvariant(word[0]) - 'a';
        int b = word.Length > 1 ? char.ToLowerInvariant(word[1]) - 'a' + 1 : 0;
        if ((uint)a >= 26 || (uint)b >= 27 || !Prefixes[a * 27 + b]) return default;
        return SpanLookup.TryGetValue(word, out var entry) ? entry : default;
    }

    private static bool[] BuildPrefixes()
    {
        var table = new bool[26 * 27];
        foreach (string w in Table.Keys)
        {
            int a = char.ToLowerInvariant(w[0]) - 'a';
            int b = w.Length > 1 ? char.ToLowerInvariant(w[1]) - 'a' + 1 : 0;
            if ((uint)a < 26 && (uint)b < 27) table[a * 27 + b] = true;
        }

        return table;
    }

    private static Dictionary<string, WordEntry> Build()
    {
        var t = new Dictionary<string, WordEntry>(StringComparer.OrdinalIgnoreCase);
        void Add(WordClass c, int v, params string[] words)
        {
            foreach (var w in words) t[w] = new WordEntry(c, v);
        }

        string[][] months =
        [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
        ];
        for (int m = 0; m < 12; m++) Add(WordClass.Month, m + 1, months[m]);
        Add(WordClass.AmbiguousMonth, 1, "jan");
        Add(WordClass.AmbiguousMonth, 3, "march", "mar");
        Add(WordClass.AmbiguousMonth, 5, "may");

        // Abbreviations that are no English words of their own ("mon", "wed", "sat", "sun" are).
        Add(WordClass.Weekday, (int)DayOfWeek.Sunday, "sunday");
        Add(WordClass.Weekday, (int)DayOfWeek.Monday, "monday");
        Add(WordClass.Weekday, (int)DayOfWeek.Tuesday, "tuesday", "tues", "tue");
        Add(WordClass.Weekday, (int)DayOfWeek.Wednesday, "wednesday", "weds");
        Add(WordClass.Weekday, (int)DayOfWeek.Thursday, "thursday", "thurs", "thur", "thu");
        Add(WordClass.Weekday, (int)DayOfWeek.Friday, "friday", "fri");
        Add(WordClass.Weekday, (int)DayOfWeek.Saturday, "saturday");

        Add(WordClass.Season, (int)Season.Spring, "spring");
        Add(WordClass.Season, (int)Season.Summer, "summer");
        Add(WordClass.Season, (int)Season.Fall, "fall", "autumn");
        Add(WordClass.Season, (int)Season.Winter, "winter");

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (int n = 0; n < ones.Length; n++) Add(WordClass.NumberWord, n, ones[n]);
        Add(WordClass.NumberWord, 30, "thirty");
        Add(WordClass.NumberWord, 40, "forty");
        Add(WordClass.NumberWord, 50, "fifty");
        Add(WordClass.NumberWord, 60, "sixty");
        Add(WordClass.NumberWord, 70, "seventy");
        Add(WordClass.NumberWord, 80, "eighty");
        Add(WordClass.NumberWord, 90, "ninety");
        Add(WordClass.NumberWord, 100, "hundred");
        Add(WordClass.NumberWord, 1, "a", "an");

        string[] ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
        for (int n = 1; n < ordinals.Length; n++) Add(WordClass.OrdinalWord, n, ordinals[n]);
        Add(WordClass.OrdinalWord, 30, "thirtieth");
        Add(WordClass.OrdinalWord, 21, "twentyfirst");

        AddUnit(t, Unit.Day, "day", "days");
        AddUnit(t, Unit.Week, "week", "weeks");
        AddUnit(t, Unit.Month, "month", "months");
        AddUnit(t, Unit.Quarter, "quarter", "quarters");
        AddUnit(t, Unit.Year, "year", "years");
        AddUnit(t, Unit.Decade, "decade", "decades");
        AddUnit(t, Unit.Century, "century", "centuries");
        AddUnit(t, Unit.Hour, "hour", "hours");
        AddUnit(t, Unit.Minute, "minute", "minutes");
        AddUnit(t, Unit.Weekend, "weekend", "weekends");
        AddUnit(t, Unit.Fortnight, "fortnight", "fortnights");
        AddUnit(t, Unit.Half, "half", "halves");
        AddUnit(t, Unit.Millennium, "millennium", "millennia");
        t["yr"] = new WordEntry(WordClass.Unit, (int)Unit.Year);
        t["yrs"] = new WordEntry(WordClass.Unit, (int)Unit.Year + 100);

        Add(WordClass.Modifier, (int)TimeModifier.Early, "early", "earlier");
        Add(WordClass.Modifier, (int)TimeModifier.Mid, "mid", "middle");
        Add(WordClass.Modifier, (int)TimeModifier.Late, "late");
        Add(WordClass.Modifier, (int)TimeModifier.Approximate, "around", "about", "circa", "approximately", "roughly", "ca");
        Add(WordClass.Modifier, (int)TimeModifier.Start, "beginning", "start", "dawn", "outset");
        Add(WordClass.Modifier, (int)TimeModifier.End, "end", "close");

        Add(WordClass.Relation, (int)Relation.This, "this");
        Add(WordClass.Relation, (int)Relation.Last, "last");
        Add(WordClass.Relation, (int)Relation.Next, "next");
        Add(WordClass.Relation, (int)Relation.Past, "past");
        Add(WordClass.Relation, (int)Relation.Coming, "coming", "upcoming");
        Add(WordClass.Relation, (int)Relation.Previous, "previous", "preceding", "prior");
        Add(WordClass.Relation, (int)Relation.Following, "following", "subsequent");
        Add(WordClass.Relation, (int)Relation.Current, "current");
        Add(WordClass.Relation, (int)Relation.Same, "same");
        Add(WordClass.Relation, (int)Relation.That, "that");
        Add(WordClass.Relation, (int)Relation.Ago, "ago");
        Add(WordClass.Relation, (int)Relation.Later, "later");

        Add(WordClass.DayWord, 0, "today");
        Add(WordClass.DayWord, -1, "yesterday");
        Add(WordClass.DayWord, 1, "tomorrow", "tmrw");

        Add(WordClass.Era, -1, "bc", "bce");
        Add(WordClass.Era, 1, "ad", "ce");

        Add(WordClass.Starter, 0, "the", "from", "between", "every", "each", "annually", "yearly", "now", "currently", "nowadays",
            "recently", "fiscal", "fy", "several", "many", "few", "some", "numerous", "q", "h", "tonight", "recent",
            "within", "christmas", "boxing", "new", "halloween", "valentine", "valentines", "st", "saint", "earth", "veterans", "thanksgiving",
            "thanks", "black", "memorial", "labor", "martin", "mlk", "presidents", "mother", "mothers", "father", "fathers", "easter", "good", "rest",
            "election", "cyber", "juneteenth", "independence", "eoy", "international", "int", "yuandan", "future", "these");

        // Tense markers; "next", "last", "tomorrow", "yesterday" and "ago" keep their own classes and count too.
        Add(WordClass.TenseMarker, 1, "will", "shall", "ll", "going", "scheduled", "won", "would", "planned", "planning",
            "plans", "plan", "expected", "due", "set", "deadline", "intends", "hopes", "payable");
        Add(WordClass.TenseMarker, -1, "was", "were", "had", "did", "said", "came", "went", "began", "met", "held", "took", "made",
            "gave", "told", "saw", "lost", "left", "fell", "rose", "broke", "sent", "led", "found", "spent", "hit", "struck", "fought",
            "got", "kept", "brought", "thought", "sought", "bought", "became", "ran", "spoke", "wrote", "chose", "knew");

        string[] decades = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
        for (int d = 0; d < decades.Length; d++) Add(WordClass.DecadeWord, 1920 + d * 10, decades[d]);
        Add(WordClass.DecadeWord, 2000, "noughties", "aughts");
        return t;
    }

    private static void AddUnit(Dictionary<string, WordEntry> t, Unit unit, string singular, string plural)
    {
        t[singular] = new WordEntry(WordClass.Unit, (int)unit);
        t[plural] = new WordEntry(WordClass.Unit, (int)unit + 100);
    }
}
