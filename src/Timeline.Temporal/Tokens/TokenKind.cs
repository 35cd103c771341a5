namespace Timeline.Temporal.Tokens;

internal enum TokenKind : byte
{
    /// <summary>A run of letters.</summary>
    Word,
    /// <summary>A run of ASCII digits.</summary>
    Number,
    /// <summary>Digits glued to st/nd/rd/th: <c>25th</c>.</summary>
    Ordinal,
    /// <summary>Digits glued to a plural s: <c>1950s</c>, <c>90s</c>.</summary>
    PluralNumber,
    /// <summary>Any other single character that is not white space.</summary>
    Punct,
}
