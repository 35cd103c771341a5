namespace Timeline.Core.Events.Terms;

/// <summary>The closed word lists the event rules need: general English, never words of one story.</summary>
internal static class Lexicon
{
    public static readonly HashSet<string> Stopwords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by", "from", "into", "onto", "over", "under",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "could", "should",
        "may", "might", "must", "can", "it", "its", "he", "his", "she", "her", "they", "their", "them", "we", "our", "you", "your", "i",
        "this", "that", "these", "those", "which", "who", "whom", "whose", "what", "when", "where", "while", "as", "than", "then",
        "also", "not", "no", "so", "such", "very", "more", "most", "much", "many", "some", "any", "all", "both", "each", "other",
        "another", "same", "just", "only", "about", "after", "before", "since", "during", "until", "through", "against", "between",
        "up", "out", "off", "down", "there", "here", "how", "why", "if", "because", "although", "though", "per", "via", "like",
        "said", "says", "say", "reported", "reportedly", "according", "told", "quoted", "saying", "cited", "citing", "added", "noted",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "ago", "last", "next", "earlier",
        "later", "recent", "recently", "current", "former", "first", "new", "one", "two", "three", "four", "five", "six", "seven",
    };

    /// <summary>Words that start a clause: a date's statement ends before them and begins after them.</summary>
    public static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "that", "which", "who", "whom", "whose", "when", "while", "where", "although", "though", "because", "since", "after", "before",
        "until", "unless", "whereas", "if", "but", "despite",
    };

    /// <summary>Clause words that refer back to the noun before them: the statement includes that noun.</summary>
    public static readonly HashSet<string> RelativePronouns = new(StringComparer.Ordinal) { "that", "which", "who", "whom", "whose" };

    public static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "on", "at", "during", "after", "before", "since", "by", "from", "until", "for", "over", "throughout", "through", "of",
        "to", "with", "under", "as", "around", "about", "amid", "following", "between", "against", "into", "per",
    };

    /// <summary>Sentence openers that link to what came before and say nothing of the event.</summary>
    public static readonly HashSet<string> Connectives = new(StringComparer.Ordinal)
    {
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "instead", "also", "still", "yet", "thus",
        "therefore", "consequently", "besides", "additionally", "indeed", "then", "and", "but", "so", "in addition", "finally",
    };

    /// <summary>Verbs of reporting: a short clause built on one is attribution, not the event.</summary>
    public static readonly HashSet<string> ReportingVerbs = new(StringComparer.Ordinal)
    {
        "reported", "reports", "said", "says", "told", "quoted", "according", "cited", "citing", "noted", "added", "stated",
        "wrote", "writes", "announced", "claimed", "claims", "confirmed", "explained", "tweeted", "posted",
    };

    /// <summary>
    /// Kinds of happening, each a handful of stems: two statements naming the same kind (<c>war</c>,
    /// <c>invasion</c>) may tell the same event. Reporting is deliberately absent: two people saying
    /// things in one year are not one event.
    /// </summary>
    public static readonly Dictionary<string, string> EventKinds = Build(new()
    {
        ["conflict"] = ["war", "invasion", "invade", "invaded", "invading", "attack", "attacked", "offensive", "conflict", "fighting",
            "battle", "hostilities", "incursion", "bombing", "shelling", "occupation", "occupied"],
        ["agreement"] = ["armistice", "treaty", "accord", "agreement", "ceasefire", "truce", "pact", "deal", "protocol", "convention",
            "signed", "signing"],
        ["visit"] = ["visit", "visited", "visiting", "trip", "delegation", "delegations", "gathered", "gathering", "meeting", "met",
            "summit", "talks", "arrived", "arrival"],
        ["celebration"] = ["celebrate", "celebrated", "celebration", "anniversary", "commemoration", "commemorated", "parade", "ceremony"],
        ["election"] = ["election", "elected", "vote", "voted", "referendum", "ballot"],
        ["death"] = ["died", "death", "killed", "assassinated", "assassination", "dead"],
        ["launch"] = ["launch", "launched", "test", "tested", "fired", "missile"],
        ["uprising"] = ["mutiny", "coup", "rebellion", "uprising", "revolt", "revolution", "insurrection"],
        ["founding"] = ["founded", "established", "creation", "formed"],
    });

    private static Dictionary<string, string> Build(Dictionary<string, string[]> kinds)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (kind, words) in kinds)
            foreach (string word in words) map[word] = kind;
        return map;
    }
}
