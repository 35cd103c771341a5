namespace Timeline.Core.Corpus;

/// <summary>
/// The words generated articles are made of. Names are built from syllables so that no article
/// copies a real one, and the sentence frames are plain news prose with a slot for a date.
/// </summary>
internal static class Vocabulary
{
    public static readonly string[] Syllables =
    [
        "ka", "ro", "mi", "ten", "sha", "vel", "dor", "an", "li", "bra", "zo", "nu", "pel", "tar", "qui",
        "es", "mon", "ga", "rev", "hal", "si", "kor", "un", "ber", "fa", "lo", "dra", "ven", "ith", "os",
    ];

    public static readonly string[] GivenNames =
    [
        "Amira", "Boris", "Chen", "Dalia", "Emeka", "Farid", "Greta", "Hiro", "Ines", "Jonas", "Kemal",
        "Lena", "Marco", "Nadia", "Omar", "Priya", "Quentin", "Rosa", "Sven", "Tamar", "Umar", "Vera",
    ];

    public static readonly string[] Roles =
    [
        "foreign minister", "defence minister", "prime minister", "spokesperson", "central bank governor",
        "opposition leader", "chief negotiator", "mayor", "health minister", "trade envoy", "party chairman",
    ];

    public static readonly string[] Bodies =
    [
        "Ministry of Foreign Affairs", "National Assembly", "Supreme Court", "Central Bank", "Electoral Commission",
        "Ministry of Defence", "Workers' Party", "Chamber of Commerce", "Port Authority", "Red Cross",
    ];

    public static readonly string[] Happenings =
    [
        "signed a border agreement", "held a military parade", "opened a new railway line", "announced sweeping sanctions",
        "agreed to a ceasefire", "launched a satellite", "hosted a summit", "closed the embassy", "raised interest rates",
        "reopened the airport", "ratified the trade treaty", "staged a joint naval exercise", "released the prisoners",
        "held a general election", "declared a state of emergency", "unveiled a new missile", "restored diplomatic ties",
    ];

    public static readonly string[] Reporting =
    [
        "According to officials,", "State media reported that", "Witnesses said that", "In a statement,",
        "Analysts noted that", "Diplomats confirmed that", "A government source said that", "Local newspapers wrote that",
    ];

    /// <summary>Sentences without a date, so that dated statements are a realistic share of the text.</summary>
    public static readonly string[] Filler =
    [
        "The decision drew sharp criticism from neighbouring governments and from several human rights groups.",
        "Officials declined to give further details, citing the sensitivity of the ongoing talks.",
        "Crowds gathered in the main square, waving flags and holding portraits of the leadership.",
        "Economists warned that the measures could weigh on exports and push up the price of fuel.",
        "The move is widely seen as an attempt to strengthen the government's hand ahead of negotiations.",
        "Observers said the ceremony was more elaborate than in previous years, with thousands of troops taking part.",
        "Neither side has published the full text of the agreement, and many questions remain open.",
        "Some 180,000 people are thought to have been affected, although the figure could not be verified.",
        "The delegation toured a factory producing Hwasong-17 components and a new housing district.",
        "Critics argue that the policy has done little to improve living conditions outside the capital.",
        "Talks were described as frank and constructive by both delegations.",
        "Security was tight, with roads closed and mobile networks restricted across the city centre.",
        "The opposition called the announcement a distraction from the country's economic troubles.",
        "Markets reacted calmly, and the currency held steady against the dollar.",
        "Relief agencies said they were ready to deliver food and medicine as soon as access was granted.",
        "It may take months before the full consequences of the decision become clear.",
        "The foreign ministry summoned the ambassador to protest against what it called interference.",
        "Several MQ-9 drones were reportedly seen over the coast, according to regional monitors.",
    ];

    public static readonly string[] Publishers =
    [
        "The Daily Meridian", "Northern Courier", "Harbour Times", "Global Wire", "The Evening Ledger", "Capital Review",
    ];

    public static readonly string[] Places =
    [
        "Port", "North", "East", "Upper", "New", "Saint", "Lake", "Fort",
    ];

    public static readonly string[] NumberWords =
    [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    ];

    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    ];

    public static readonly string[] Ordinals =
    [
        "", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th", "11th", "12th", "13th", "14th", "15th",
        "16th", "17th", "18th", "19th", "20th", "21st", "22nd", "23rd", "24th", "25th", "26th", "27th", "28th", "29th", "30th", "31st",
    ];

    // Three-part prose, combined freely so that the text is not the same few sentences over and over.
    public static readonly string[] Subjects =
    [
        "Residents of the capital", "Officials in the provinces", "Foreign observers", "Union representatives",
        "Senior diplomats", "Local business owners", "Independent economists", "Military analysts", "Aid workers",
        "Opposition lawmakers", "Regional governors", "Former ministers", "Young voters", "Farmers in the north",
    ];

    public static readonly string[] Predicates =
    [
        "expressed concern about", "welcomed", "questioned the timing of", "warned against", "called for a review of",
        "offered cautious support for", "demanded more transparency about", "played down the significance of",
        "described as historic", "raised doubts about", "urged patience regarding", "protested against",
    ];

    public static readonly string[] Objects =
    [
        "the new budget and its cuts to public services", "the planned reform of the electoral law",
        "the talks with the neighbouring government", "the rising cost of food and housing",
        "the expansion of the armed forces", "the agreement on fishing rights in the disputed waters",
        "the decision to restrict foreign journalists", "the reconstruction of the damaged bridges and roads",
        "the investigation into the collapse of the state bank", "the closure of the border crossings",
        "the ambitious programme of infrastructure spending", "the release of political prisoners",
    ];
}

