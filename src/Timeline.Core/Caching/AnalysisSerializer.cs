using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Timeline.Core.Events;
using Timeline.Core.Inference;
using Timeline.Core.Events.Terms;
using Timeline.Core.Sources;
using Timeline.Core.Text;
using Timeline.Temporal;

namespace Timeline.Core.Caching;

/// <summary>
/// Turns a <see cref="DocumentAnalysis"/> into compact bytes and back. A hand-written binary form,
/// because generic JSON of 10,000 analyses took longer to read than analysing the articles again
/// (about 35 KB and 2.6 ms per article against 1.2 ms). Text that is a slice of the source (quotes,
/// date expressions) is stored as its offset, and the source document is not stored at all.
/// The statements' merge profiles are stored as well (internal, but costly to work out again).
/// When an analysis record gains a field, add it here and bump <see cref="FormatVersion"/>; the
/// round-trip test compares every field of a generated corpus and fails until then.
/// </summary>
public static class AnalysisSerializer
{
    public const string FormatVersion = "timeline-analysis/6";

    public static byte[] Serialize(DocumentAnalysis analysis)
    {
        using var stream = new MemoryStream(4096);
        using (var w = new BinaryWriter(stream))
        {
            var text = analysis.Source.Text;
            // Analysis may infer the publication date, so the document it returns is not always the one it was given.
            w.Write(analysis.Source.Published.HasValue);
            if (analysis.Source.Published is { } published) WriteDate(w, published);
            w.Write((int)analysis.Source.PublishedBasis);
            WriteString(w, analysis.Source.PublishedEvidence);
            WriteParagraphs(w, analysis.Paragraphs);
            WriteParagraphs(w, analysis.Boilerplate);
            WriteMentions(w, analysis.Mentions, text);
            w.Write(analysis.Statements.Count);
            foreach (var m in analysis.Statements)
            {
                WriteString(w, m.SourceId == analysis.Source.Id ? null : m.SourceId);
                w.Write(m.Passage);
                w.Write(m.QuoteStart);
                WriteSlice(w, m.Quote, m.QuoteStart, text);
                w.Write(m.DateStart);
                WriteSlice(w, m.DateText, m.DateStart, text);
                WriteValue(w, m.Value);
                w.Write(m.Headline);
                w.Write(m.IsWeak);
                w.Write(m.IsRelativeClause);
                WriteString(w, m.Url);
                WriteProfile(w, m.Profile);
            }
            w.Write(analysis.InferredDate is not null);
            if (analysis.InferredDate is { } inferred)
            {
                WriteDate(w, inferred.Date);
                w.Write(inferred.Evidence);
            }
        }
        return stream.ToArray();
    }

    /// <summary>The analysis stored in <paramref name="payload"/>, attached to <paramref name="source"/>; null when it does not read back.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DocumentAnalysis? Deserialize(byte[] payload, SourceDocument source)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(payload, writable: false));
            string text = source.Text;
            CalendarDate? published = r.ReadBoolean() ? ReadDate(r) : null;
            var basis = (DateBasis)r.ReadInt32();
            if (!Enum.IsDefined(basis)) throw new InvalidDataException("bad date basis");
            string? evidence = ReadString(r);
            if (published != source.Published || basis != source.PublishedBasis || evidence != source.PublishedEvidence)
                source = source with { Published = published, PublishedBasis = basis, PublishedEvidence = evidence };
            var paragraphs = ReadParagraphs(r);
            var boilerplate = ReadParagraphs(r);
            var mentions = ReadMentions(r, text) ?? throw new InvalidDataException("no mentions");
            var statements = new EventMention[Count(r)];
            string? previousQuote = null;
            int previousQuoteStart = -1;
            for (int i = 0; i < statements.Length; i++)
            {
                string sourceId = ReadString(r) ?? source.Id;
                string passage = StringPool.Read(r);
                int quoteStart = r.ReadInt32();
                string quote = ReadSlice(r, quoteStart, text);
                // Every date of one sentence is a statement with that sentence as its quote: keep one copy.
                if (quoteStart == previousQuoteStart && quote == previousQuote) quote = previousQuote;
                (previousQuote, previousQuoteStart) = (quote, quoteStart);
                int dateStart = r.ReadInt32();
                statements[i] = new EventMention
                {
                    SourceId = sourceId,
                    Passage = passage,
                    QuoteStart = quoteStart,
                    Quote = quote,
                    DateStart = dateStart,
                    DateText = ReadSlice(r, dateStart, text),
                    Value = ReadValue(r),
                    Headline = r.ReadString(),
                    IsWeak = r.ReadBoolean(),
                    IsRelativeClause = r.ReadBoolean(),
                    Url = ReadString(r),
                    // Read when merging asks for it: an incremental merge asks for a few thousand of 200,000.
                    ProfileReader = DeferredProfile(payload, r),
                };
            }
            InferredDate? inferredDate = r.ReadBoolean() ? new InferredDate(ReadDate(r), r.ReadString()) : null;
            if (r.BaseStream.Position != r.BaseStream.Length) return null;
            return new DocumentAnalysis(source, paragraphs, mentions, statements) { Boilerplate = boilerplate, InferredDate = inferredDate };
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    public static byte[] Checksum(ReadOnlySpan<byte> payload) => SHA256.HashData(payload);

    internal static int Count(BinaryReader r)
    {
        int n = r.ReadInt32();
        // A count larger than the bytes left cannot be right: fail before allocating for it.
        if (n < 0 || n > r.BaseStream.Length - r.BaseStream.Position) throw new InvalidDataException("bad count");
        return n;
    }

    // The merge profile is kept too: working it out again from 200,000 quotes cost more than the rest of a warm build's events.
    internal static void WriteProfile(BinaryWriter w, StatementProfile p)
    {
        w.Write(p.Happenings.Count);
        foreach (var (stem, kind) in p.Happenings)
        {
            w.Write(stem);
            w.Write(kind);
        }
        w.Write(p.Content.Count);
        foreach (string c in p.Content) w.Write(c);
        w.Write(p.Names.Count);
        foreach (string[] name in p.Names)
        {
            w.Write(name.Length);
            foreach (string part in name) w.Write(part);
        }
    }

    /// <summary>
    /// Skips the profile at the reader's place, checking only its counts and lengths, and returns what reads it from there. The
    /// payload passed its checksum; a profile that still does not read back is worked out from the quote, as without a cache.
    /// </summary>
    private static Func<StatementProfile?> DeferredProfile(byte[] payload, BinaryReader r)
    {
        int at = (int)r.BaseStream.Position;
        for (int i = Count(r) * 2; i > 0; i--) SkipString(r);
        for (int i = Count(r); i > 0; i--) SkipString(r);
        for (int i = Count(r); i > 0; i--)
            for (int j = Count(r); j > 0; j--) SkipString(r);
        return () =>
        {
            try
            {
                using var reader = new BinaryReader(new MemoryStream(payload, at, payload.Length - at, writable: false));
                return ReadProfile(reader);
            }
            catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or InvalidDataException or DecoderFallbackException)
            {
                return null;
            }
        };
    }

    private static void SkipString(BinaryReader r)
    {
        int length = r.Read7BitEncodedInt();
        if (length < 0 || length > r.BaseStream.Length - r.BaseStream.Position) throw new InvalidDataException("bad string length");
        r.BaseStream.Position += length;
    }

    private static StatementProfile ReadProfile(BinaryReader r)
    {
        var happenings = new (string, string)[Count(r)];
        for (int i = 0; i < happenings.Length; i++) happenings[i] = (StringPool.Read(r), StringPool.Read(r));
        var content = new string[Count(r)];
        for (int i = 0; i < content.Length; i++) content[i] = StringPool.Read(r);
        var names = new string[Count(r)][];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = new string[Count(r)];
            for (int j = 0; j < names[i].Length; j++) names[i][j] = StringPool.Read(r);
        }
        return new StatementProfile(happenings, content, names);
    }

    private static void WriteParagraphs(BinaryWriter w, IReadOnlyList<Paragraph> paragraphs)
    {
        w.Write(paragraphs.Count);
        foreach (var p in paragraphs)
        {
            w.Write(p.Start);
            w.Write(p.Length);
            w.Write(p.Sentences.Count);
            foreach (var s in p.Sentences)
            {
                w.Write(s.Index);
                w.Write(s.Start);
                w.Write(s.Length);
            }
        }
    }

    private static Paragraph[] ReadParagraphs(BinaryReader r)
    {
        var paragraphs = new Paragraph[Count(r)];
        for (int i = 0; i < paragraphs.Length; i++)
        {
            int start = r.ReadInt32(), length = r.ReadInt32();
            var sentences = new Sentence[Count(r)];
            for (int j = 0; j < sentences.Length; j++) sentences[j] = new Sentence(r.ReadInt32(), r.ReadInt32(), r.ReadInt32());
            paragraphs[i] = new Paragraph(start, length, sentences);
        }
        return paragraphs;
    }

    private static void WriteMentions(BinaryWriter w, IReadOnlyList<TemporalMention>? mentions, string text)
    {
        if (mentions is null)
        {
            w.Write(-1);
            return;
        }
        w.Write(mentions.Count);
        foreach (var m in mentions)
        {
            w.Write(m.Start);
            w.Write(m.Length);
            WriteSlice(w, m.Text, m.Start, text);
            w.Write((int)m.Kind);
            WriteValue(w, m.Value);
            WriteMentions(w, m.Parts, text);
        }
    }

    private static TemporalMention[]? ReadMentions(BinaryReader r, string text)
    {
        int n = r.ReadInt32();
        if (n == -1) return null;
        if (n < 0 || n > r.BaseStream.Length - r.BaseStream.Position) throw new InvalidDataException("bad count");
        var mentions = new TemporalMention[n];
        for (int i = 0; i < n; i++)
        {
            int start = r.ReadInt32(), length = r.ReadInt32();
            string mentionText = ReadSlice(r, start, text);
            var kind = (MentionKind)r.ReadInt32();
            if (!Enum.IsDefined(kind)) throw new InvalidDataException("bad mention kind");
            var value = ReadValue(r);
            mentions[i] = new TemporalMention(start, length, mentionText, kind, value) { Parts = ReadMentions(r, text) };
        }
        return mentions;
    }

    internal static void WriteValue(BinaryWriter w, TimeValue v)
    {
        w.Write(v.Timex);
        w.Write((int)v.Precision);
        w.Write((int)v.Modifier);
        w.Write(v.Start.HasValue);
        if (v.Start is { } s && v.End is { } e)
        {
            WriteDate(w, s);
            WriteDate(w, e);
        }
    }

    internal static TimeValue ReadValue(BinaryReader r)
    {
        string timex = StringPool.Read(r);
        var precision = (TimePrecision)r.ReadInt32();
        var modifier = (TimeModifier)r.ReadInt32();
        if (!Enum.IsDefined(precision) || !Enum.IsDefined(modifier)) throw new InvalidDataException("bad time value");
        CalendarDate? start = null, end = null;
        if (r.ReadBoolean())
        {
            start = ReadDate(r);
            end = ReadDate(r);
        }
        // Its checks still apply: parts that disagree throw ArgumentException, and the article is analysed again.
        return TimeValue.Restore(timex, precision, modifier, start, end);
    }

    private static void WriteDate(BinaryWriter w, CalendarDate d)
    {
        w.Write(d.Year);
        w.Write((byte)d.Month);
        w.Write((byte)d.Day);
    }

    private static CalendarDate ReadDate(BinaryReader r) => new(r.ReadInt32(), r.ReadByte(), r.ReadByte());

    /// <summary>Text that is the source's own text at <paramref name="start"/> is stored as a flag, not again.</summary>
    private static void WriteSlice(BinaryWriter w, string value, int start, string text)
    {
        bool isSlice = start >= 0 && start + value.Length <= text.Length && text.AsSpan(start, value.Length).SequenceEqual(value);
        w.Write(isSlice);
        if (isSlice) w.Write(value.Length);
        else w.Write(value);
    }

    private static string ReadSlice(BinaryReader r, int start, string text)
    {
        if (!r.ReadBoolean()) return r.ReadString();
        int length = r.ReadInt32();
        return text.Substring(start, length);
    }

    internal static void WriteString(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null) w.Write(value);
    }

    internal static string? ReadString(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
