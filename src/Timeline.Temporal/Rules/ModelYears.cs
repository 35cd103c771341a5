using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Rules;

/// <summary>
/// A car's model year: "Kopp's 1987 Chevrolet Cavalier", "a 1994 Honda Accord", "his 1978 Ford pickup". Between a
/// determiner and a make followed by its model, the year names the car, not a time anything happened ("In 1987 Ford
/// bought a stake", "the 1996 Toyota recall" keep their dates).
/// </summary>
internal static class ModelYears
{
    private static readonly HashSet<string> Makes = new(StringComparer.Ordinal)
    {
        "Chevrolet", "Chevy", "Ford", "Toyota", "Honda", "Buick", "Cadillac", "Dodge", "Chrysler", "Pontiac", "Oldsmobile",
        "Plymouth", "Volkswagen", "VW", "Nissan", "Datsun", "Mazda", "Subaru", "Hyundai", "Kia", "Volvo", "Saab", "Mercedes",
        "BMW", "Audi", "Porsche", "Jeep", "Jaguar", "Lexus", "Acura", "Infiniti", "Mitsubishi", "Suzuki", "Isuzu", "Fiat",
        "Peugeot", "Renault", "Citroen", "Tesla", "Ferrari", "GMC", "Harley", "Yamaha", "Kawasaki",
    };

    private static readonly HashSet<string> VehicleNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "pickup", "truck", "sedan", "van", "minivan", "car", "coupe", "wagon", "convertible", "hatchback", "motorcycle", "jeep", "suv",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
        { "a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "s" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Make = Makes.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> VehicleNoun = VehicleNouns.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiner = Determiners.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the four-digit number at <paramref name="i"/> stands between a determiner and a make with its model.</summary>
    public static bool At(Grammar.Scan s, int i)
    {
        if (!IsWord(s, i + 1, Make)) return false;
        // "a white 1978 Ford pickup", "the stolen 1994 Honda Civic": one adjective may stand between.
        bool determined = IsWord(s, i - 1, Determiner)
            || s.Has(i - 1) && s[i - 1].Kind == TokenKind.Word && !s[i - 1].Capitalized && IsWord(s, i - 2, Determiner);
        if (!determined) return false;
        int m = i + 2;
        // "Harley-Davidson", "Mercedes-Benz": a make in two glued parts.
        if (s.IsDash(m) && s.IsGlued(m) && s.IsGlued(m + 1) && s.Has(m + 1) && s[m + 1].Kind == TokenKind.Word) m += 2;
        return s.Has(m) && s[m].Kind == TokenKind.Word && !s[m].Glued && (s[m].Capitalized || IsWord(s, m, VehicleNoun));
    }

    private static bool IsWord(Grammar.Scan s, int i, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> set) =>
        s.Has(i) && s[i].Kind == TokenKind.Word && s[i].Length <= 16 && set.Contains(s.Span(i));
}
