using System.Runtime.CompilerServices;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal.Grammar;

/// <summary>The tokens of one text plus what rules need to read them: small, bounds-checked accessors.</summary>
internal sealed class Scan(string text, Token[] tokens, int count, RecognitionOptions options)
{
    public string Text { get; } = text;
    public int Count { get; } = count;
    private readonly CalendarDate? _anchor = options.Anchor;

    /// <summary>The article's date, if known. Reading it is noted (<see cref="AnchorRead"/>): until then, a recognition goes the same under any anchor.</summary>
    public CalendarDate? Anchor
    {
        get
        {
            AnchorRead = true;
            return _anchor;
        }
    }

    /// <summary>True once a rule has read <see cref="Anchor"/>.</summary>
    internal bool AnchorRead { get; private set; }
    public SlashDateOrder SlashOrder { get; } = options.SlashOrder;

    /// <summary>The last resolved date seen so far, for the discourse rules (<c>the following year</c>).</summary>
    public TimeValue? LastDate { get; set; }

    /// <summary>The token just past the mention that set <see cref="LastDate"/>, for rules that ask how it was said.</summary>
    public int LastDateEnd { get; set; }

    private readonly Token[] _tokens = tokens;

    /// <summary>The last <see cref="Grammar.ParseDate"/> answer and where it was asked (-1: none).</summary>
    internal int CachedDateIndex { get; set; } = -1;

    internal Match? CachedDate { get; set; }

    /// <summary>How many <see cref="Grammar.ParseDate"/> calls are under way, one inside another.</summary>
    internal int DateDepth { get; set; }

    /// <summary>The last <see cref="Quantities.Read"/> answer and where it was asked (-1: none).</summary>
    internal int CachedQuantityIndex { get; set; } = -1;

    internal int CachedQuantity { get; set; }

    internal int CachedQuantityNext { get; set; }

    /// <summary>Everything a recognition changes in the scan as it goes, to start another scan of the same tokens where this one was.</summary>
    internal ScanState Save() => new(LastDate, LastDateEnd, CachedDateIndex, CachedDate, DateDepth, CachedQuantityIndex, CachedQuantity, CachedQuantityNext);

    internal void Restore(in ScanState state) =>
        (LastDate, LastDateEnd, CachedDateIndex, CachedDate, DateDepth, CachedQuantityIndex, CachedQuantity, CachedQuantityNext) =
        (state.LastDate, state.LastDateEnd, state.CachedDateIndex, state.CachedDate, state.DateDepth, state.CachedQuantityIndex, state.CachedQuantity, state.CachedQuantityNext);

    // The rules ask these of every candidate token: compiled optimized from the first call, as the hottest rules are.
    // The buffer is pooled and longer than the text's tokens: reading past them must fail as a list would.
    public Token this[int i]
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        get => (uint)i < (uint)Count ? _tokens[i] : throw new ArgumentOutOfRangeException(nameof(i));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Has(int i) => i >= 0 && i < Count;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Span(int i)
    {
        var t = this[i];
        return Text.AsSpan(t.Start, t.Length);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ReadOnlySpan<char> KnownSpan(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsWord(int i, string word) =>
        Has(i) && _tokens[i].Kind == TokenKind.Word && KnownSpan(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsAnyWord(int i, params ReadOnlySpan<string> words)
    {
        if (!Has(i) || _tokens[i].Kind != TokenKind.Word) return false;
        var span = KnownSpan(i);
        foreach (var w in words)
            if (span.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsPunct(int i, char c) => Has(i) && _tokens[i].Kind == TokenKind.Punct && _tokens[i].Value == c;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsDash(int i) => Has(i) && _tokens[i].Kind == TokenKind.Punct && _tokens[i].Value is '-' or '–' or '—' or '‐' or '‑';

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsClass(int i, WordClass c) => Has(i) && _tokens[i].Kind == TokenKind.Word && _tokens[i].Class == c;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsMonth(int i) => Has(i) && _tokens[i].Kind == TokenKind.Word && _tokens[i].Class is WordClass.Month or WordClass.AmbiguousMonth;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsGlued(int i) => Has(i) && _tokens[i].Glued;

    /// <summary>Month name at <paramref name="i"/>, with an optional abbreviation dot: returns the month and the next index, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Month(int i, out int next)
    {
        next = i;
        if (!IsMonth(i)) return 0;
        next = i + 1;
        // Only an abbreviation owns the dot after it: "Jul. 27", but "the 27th of July." ends a sentence.
        if (IsPunct(next, '.') && IsGlued(next) && _tokens[i].Length <= 4 && !IsAnyWord(i, "may", "june", "july")) next++;
        return _tokens[i].Value;
    }

    /// <summary>A day of the month written as <c>27</c> or <c>27th</c>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int DayNumber(int i)
    {
        if (!Has(i)) return -1;
        var t = _tokens[i];
        if (t.Kind is TokenKind.Number or TokenKind.Ordinal && t.Digits <= 2 && t.Value is >= 1 and <= 31) return t.Value;
        if (t.Kind == TokenKind.Word && t.Class == WordClass.OrdinalWord && t.Value <= 31) return t.Value;
        return -1;
    }

    /// <summary>A four-digit year 1000–2199, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int FourDigitYear(int i)
    {
        if (!Has(i)) return -1;
        var t = _tokens[i];
        return t.Kind == TokenKind.Number && t.Digits == 4 && t.Value is >= 1000 and <= 2199 ? t.Value : -1;
    }

    /// <summary>A number that counts units (<c>3</c>, <c>seven</c>, <c>a</c>), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Quantity(int i)
    {
        if (!Has(i)) return -1;
        var t = _tokens[i];
        if (t.Kind == TokenKind.Number && t.Digits <= 4 && !(IsPunct(i - 1, ',') && IsGlued(i)) && !IsPunct(i - 1, '.')) return t.Value;
        if (t.Kind == TokenKind.Word && t.Class == WordClass.NumberWord) return t.Value;
        return -1;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsUnit(int i, out Unit unit, out bool plural)
    {
        unit = default;
        plural = false;
        if (!IsClass(i, WordClass.Unit)) return false;
        int v = _tokens[i].Value;
        plural = v >= 100;
        unit = (Unit)(plural ? v - 100 : v);
        return true;
    }

    /// <summary>Skips an optional <c>the</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int SkipThe(int i) => IsWord(i, "the") ? i + 1 : i;
}
