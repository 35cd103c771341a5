using System.Buffers;
using System.Runtime.CompilerServices;
using Timeline.Temporal.Grammar;
using Timeline.Temporal.Lexicon;
using Timeline.Temporal.Tokens;

namespace Timeline.Temporal;

/// <summary>
/// The English date recognizer: tokenize once, match the rule grammar longest-first, resolve against
/// the anchor, and let discourse dates lean on the previous date. Stateless between calls, so one
/// instance serves every thread.
/// </summary>
public sealed class EnglishRecognizer : ITemporalRecognizer
{
    public static EnglishRecognizer Instance { get; } = new();

    public IReadOnlyList<TemporalMention> Recognize(string text, RecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text, out int count);
        try
        {
            return Recognize(new Scan(text, tokens, count, options ?? RecognitionOptions.Default), 0, [], null);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(tokens);
        }
    }

    /// <summary>
    /// Recognizes <paramref name="text"/> once; recognizing it again under another anchor reuses its tokens, and the
    /// mentions and state up to where the first recognition first read its anchor, and goes on from there.
    /// </summary>
    public TemporalReading Read(string text, RecognitionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new Reading(text, options ?? RecognitionOptions.Default);
    }

    // Run for every token of every article from the first one on: compiled optimized at once rather than at the first
    // tier until tiering catches up, as the rules and helpers it calls most (docs/performance.md, session 7).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<TemporalMention> Recognize(Scan scan, int from, List<TemporalMention> mentions, Resume? resume)
    {
        int i = from;
        while (i < scan.Count)
        {
            // Until a rule reads the anchor, the recognition goes the same under any anchor: the state before the
            // first step that reads it is where one under another anchor can start.
            bool watch = resume is { Index: < 0 };
            var before = watch ? scan.Save() : default;
            var match = MayStart(scan, i) ? TryParseAt(scan, i) : null;
            if (watch && scan.AnchorRead) (resume!.Index, resume.Mentions, resume.State) = (i, mentions.Count, before);
            if (match is null)
            {
                i++;
                continue;
            }

            mentions.Add(ToMention(scan, match));
            if (match.Kind is MentionKind.Date or MentionKind.DateRange && match.Value.IsResolved)
            {
                scan.LastDate = match.Parts is { Count: > 0 } parts ? parts[^1].Value : match.Value;
                scan.LastDateEnd = match.End;
            }

            i = match.End;
        }

        return mentions;
    }

    /// <summary>Where a recognition first read its anchor (-1: never), how many mentions it had found before, and the scan's state then.</summary>
    private sealed class Resume
    {
        public int Index { get; set; } = -1;

        public int Mentions { get; set; }

        public ScanState State { get; set; }
    }

    private sealed class Reading : TemporalReading
    {
        private readonly string _text;
        private readonly int _count;
        private readonly RecognitionOptions _options;
        private readonly List<TemporalMention> _mentions;
        private readonly Resume _resume = new();
        private Token[]? _tokens;

        public Reading(string text, RecognitionOptions options)
        {
            (_text, _options) = (text, options);
            _tokens = Tokenizer.Tokenize(text, out _count);
            _mentions = Recognize(new Scan(text, _tokens, _count, options), 0, [], _resume);
        }

        public override IReadOnlyList<TemporalMention> Mentions => _mentions;

        public override IReadOnlyList<TemporalMention> Again(RecognitionOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var tokens = _tokens ?? throw new ObjectDisposedException(nameof(TemporalReading));
            // The slash order is read through no flag: another one starts from the first token.
            if (options.SlashOrder != _options.SlashOrder) return Recognize(new Scan(_text, tokens, _count, options), 0, [], null);
            if (_resume.Index < 0) return [.. _mentions];
            var scan = new Scan(_text, tokens, _count, options);
            scan.Restore(_resume.State);
            return Recognize(scan, _resume.Index, _mentions.GetRange(0, _resume.Mentions), null);
        }

        protected override void Dispose(bool disposing)
        {
            if (_tokens is { } tokens) ArrayPool<Token>.Shared.Return(tokens);
            _tokens = null;
        }
    }

    /// <summary>
    /// A value past the calendar's range (year 9999 + "next year") is no date; the rules build values
    /// freely and this one guard turns the rare overflow into "no match here".
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Grammar.Match? TryParseAt(Scan scan, int i)
    {
        try
        {
            return Grammar.Grammar.ParseAt(scan, i);
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or ArgumentException or OverflowException)
        {
            scan.CachedDateIndex = -1;
            return null;
        }
    }

    /// <summary>Splits a range into its two ends, as TimeML annotates them; other mentions pass through.</summary>
    public static IEnumerable<TemporalMention> SplitRanges(IEnumerable<TemporalMention> mentions) =>
        mentions.SelectMany(m => m.Parts is { Count: > 0 } parts ? parts : [m]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TemporalMention ToMention(Scan s, Match m)
    {
        int start = s[m.First].Start;
        int end = s[m.End - 1].End;
        var mention = new TemporalMention(start, end - start, s.Text[start..end], m.Kind, m.Value);
        if (m.Parts is null) return mention;
        return mention with { Parts = [.. m.Parts.Select(p => ToMention(s, p))] };
    }

    // Most tokens are plain words, articles or punctuation that no rule can start on; skipping them
    // without asking the rules is most of the speed.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool MayStart(Scan s, int i)
    {
        var t = s[i];
        switch (t.Kind)
        {
            case TokenKind.Punct:
                // "'90s": an apostrophe starts a date only before the digits glued to it, never in "Korea's".
                return t.Value is '\'' or '’' && s.Has(i + 1) && s[i + 1].Glued && s[i + 1].Kind is TokenKind.Number or TokenKind.PluralNumber or TokenKind.Ordinal;
            case TokenKind.Number when t.Glued && s.Has(i - 2) && s[i - 1].Kind == TokenKind.Punct && s[i - 2].Kind == TokenKind.Number && s[i - 1].Glued:
                // The middle of 2023-07-28, 1-800-555-0199 or 180,000: whatever it is began at an earlier number.
                return false;
            case TokenKind.Word when t.Class is WordClass.None or WordClass.TenseMarker:
                return false;
            case TokenKind.Word when t.Class == WordClass.Starter:
                return !s.IsWord(i, "the") || FollowsThe(s, i + 1);
            case TokenKind.Word when t.Class == WordClass.NumberWord && t.Value == 1 && t.Length <= 2:
                // "a"/"an": only "a year later", "a few days", "a decade ago".
                return s.Has(i + 1) && (s[i + 1].Class == WordClass.Unit || s.IsAnyWord(i + 1, "few", "couple"));
            case TokenKind.Word when t.Class == WordClass.Relation && t.Value == (int)Relation.That:
                return s.Has(i + 1) && s[i + 1].Class == WordClass.Unit || s.IsWord(i + 1, "same") && s.IsClass(i + 2, WordClass.Unit);
            default:
                return true;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool FollowsThe(Scan s, int i) =>
        s.Has(i) && (s[i].Kind != TokenKind.Word || s[i].Class is not (WordClass.None or WordClass.Starter or WordClass.TenseMarker) || s.IsAnyWord(i, "latest", "most", "recent", "fiscal", "full", "year", "past", "future", "rest", "remainder", "remaining", "near"));
}
