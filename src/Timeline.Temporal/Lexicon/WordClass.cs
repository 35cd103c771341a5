namespace Timeline.Temporal.Lexicon;

/// <summary>What a word can mean to the date grammar; <see cref="None"/> for every other word.</summary>
internal enum WordClass : byte
{
    None,
    /// <summary>Value: month 1–12.</summary>
    Month,
    /// <summary>A month word that is also a common English word or name (<c>may</c>, <c>march</c>, <c>jan</c>): needs a day, a year or a preposition beside it.</summary>
    AmbiguousMonth,
    /// <summary>Value: <see cref="DayOfWeek"/>.</summary>
    Weekday,
    /// <summary>Value: <see cref="Temporal.Season"/>.</summary>
    Season,
    /// <summary>Value: the number (<c>seven</c> = 7).</summary>
    NumberWord,
    /// <summary>Value: the ordinal (<c>third</c> = 3).</summary>
    OrdinalWord,
    /// <summary>Value: <see cref="Unit"/> + 100 when plural.</summary>
    Unit,
    /// <summary>Value: a <see cref="TimeModifier"/>.</summary>
    Modifier,
    /// <summary>Value: <see cref="Relation"/>.</summary>
    Relation,
    /// <summary>Value: days from the anchor (<c>yesterday</c> = -1).</summary>
    DayWord,
    /// <summary>Value: -1 before the common era, +1 in it.</summary>
    Era,
    /// <summary>Value: the first year of the decade in the 1900s (<c>sixties</c> = 1960), or the 2000s for <c>noughties</c>.</summary>
    DecadeWord,
    /// <summary>A plain word some rule starts on (<c>the</c>, <c>from</c>, <c>between</c>, <c>now</c>): worth trying the grammar at.</summary>
    Starter,
    /// <summary>A word that marks the tense of its clause. Value: 1 future, -1 past.</summary>
    TenseMarker,
}

internal enum Unit
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
    Hour,
    Minute,
    Weekend,
    Fortnight,
    Half,
    Millennium,
}

internal enum Relation
{
    This,
    Last,
    Next,
    Past,
    Coming,
    Previous,
    Following,
    Current,
    Same,
    That,
    Ago,
    Later,
    Earlier,
}
