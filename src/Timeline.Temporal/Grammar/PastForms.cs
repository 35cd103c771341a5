namespace Timeline.Temporal.Grammar;

/// <summary>
/// Irregular past forms that the "-ed" test cannot see ("police shot a man Sunday", "the company sold
/// its unit Friday"). Like "-ed" forms they are weak evidence, since most double as participles ("the
/// dividend would be paid", "the case is heard in May").
/// </summary>
internal static class PastForms
{
    private static readonly HashSet<string> Forms = new(StringComparer.OrdinalIgnoreCase)
    {
        "shot", "stood", "paid", "sold", "built", "caught", "drew", "flew", "fled", "felt", "heard", "grew", "drove", "threw",
        "withdrew", "swore", "sank", "stole", "froze", "hid", "rang", "taught", "understood", "arose", "overthrew", "undertook",
        "forgave", "shook", "tore", "wore", "woke", "swept", "slept", "dealt", "meant", "blew", "dug", "ate", "drank", "sang",
        "swam", "spun", "slid", "stuck", "strove", "sprang", "bore",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Form = Forms.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => word.Length <= 9 && Form.Contains(word);
}
