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
/// (about 35 KB and 2.6 ms per article against 1.2 ms). An analysis is three parts (<see cref="SerializedAnalysis"/>):
/// its head, read for every cached article (the document as read, the inferred date, and the parts' lengths: a few hundred
/// bytes), its statements, fetched when first asked for (each whole, so that they read back without the source's text; a
/// rebuild after one edit asks for those of the few sources it merges again around), and its body, fetched when first asked
/// for (the statements' merge profiles, then the paragraphs, boilerplate and mentions, whose text is stored as its offset in
/// the source's text). The source's text itself is not stored. When an analysis record gains a field, add it here and bump <see cref="FormatVersion"/>; the
/// round-trip test compares every field of a generated corpus and fails until then.
/// </summary>
public static class AnalysisSerializer
{
    public const string FormatVersion = "timeline-analysis/8";

    /// <param name="asRead">
    /// The document as read, before analysis inferred its date (its fields but the text and source map are kept, so that a
    /// later build can take the document from here instead of reading its unchanged file); the analysis' own by default.
    /// </param>
    public static SerializedAnalysis Serialize(DocumentAnalysis analysis, SourceDocument? asRead = null)
    {
        var text = analysis.Source.Text;
        // The body first, so that the head can say where each statement's profile starts in it.
        var profileAt = new int[analysis.Statements.Count];
        int textPartLength;
        byte[] body;
        using (var stream = new MemoryStream(4096))
        {
            using (var w = new BinaryWriter(stream))
            {
                WriteParagraphs(w, analysis.Paragraphs);
                WriteParagraphs(w, analysis.Boilerplate);
                WriteMentions(w, analysis.Mentions, text);
                w.Flush();
                textPartLength = (int)stream.Position;
                for (int i = 0; i < profileAt.Length; i++)
                {
                    w.Flush();
                    profileAt[i] = (int)stream.Position;
                    WriteProfile(w, analysis.Statements[i].Profile);
                }
            }
            body = stream.ToArray();
        }
        byte[] statements;
        using (var stream = new MemoryStream(4096))
        {
            using (var w = new BinaryWriter(stream))
            {
                string? previousQuote = null;
                int previousQuoteStart = -1;
                for (int i = 0; i < profileAt.Length; i++)
                {
                    var m = analysis.Statements[i];
                    WriteString(w, m.SourceId == analysis.Source.Id ? null : m.SourceId);
                    w.Write(m.Passage);
                    w.Write(m.QuoteStart);
                    // Every date of one sentence quotes it: the quote is written once.
                    bool sameQuote = m.QuoteStart == previousQuoteStart && m.Quote == previousQuote;
                    w.Write(sameQuote);
                    if (!sameQuote) w.Write(m.Quote);
                    (previousQuote, previousQuoteStart) = (m.Quote, m.QuoteStart);
                    w.Write(m.DateStart);
                    WriteSlice(w, m.DateText, m.DateStart - m.QuoteStart, m.Quote);
                    WriteValue(w, m.Value);
                    w.Write(m.Headline);
                    w.Write(m.IsWeak);
                    w.Write(m.IsRelativeClause);
                    WriteString(w, m.Url);
                    w.Write(profileAt[i]);
                }
            }
            statements = stream.ToArray();
        }
        using var head = new MemoryStream(512);
        using (var w = new BinaryWriter(head))
        {
            byte[] document = DocumentBytes(asRead ?? analysis.Source);
            w.Write(document.Length);
            w.Write(document);
            // Analysis may infer the publication date, so the document it returns is not always the one it was given.
            w.Write(analysis.Source.Published.HasValue);
            if (analysis.Source.Published is { } published) WriteDate(w, published);
            w.Write((int)analysis.Source.PublishedBasis);
            WriteString(w, analysis.Source.PublishedEvidence);
            w.Write(analysis.InferredDate is not null);
            if (analysis.InferredDate is { } inferred)
            {
                WriteDate(w, inferred.Date);
                w.Write(inferred.Evidence);
            }
            w.Write(body.Length);
            w.Write(textPartLength);
            w.Write(analysis.Statements.Count);
            w.Write(statements.Length);
        }
        return new SerializedAnalysis(head.ToArray(), statements, body);
    }

    /// <summary>The analysis stored in <paramref name="stored"/>, attached to <paramref name="source"/>, read whole; null when it does not read back.</summary>
    public static DocumentAnalysis? Deserialize(SerializedAnalysis stored, SourceDocument source)
    {
        bool bad = false;
        var analysis = ReadHead(stored.Head, source, () => stored.Statements, () => stored.Body, () =>
        {
            bad = true;
            return new AnalysisBody([], [], []);
        });
        if (analysis is null) return null;
        _ = analysis.Paragraphs;
        return bad ? null : analysis;
    }

    /// <summary>
    /// The analysis whose head is <paramref name="head"/>, attached to <paramref name="source"/>, or null when the head does not
    /// read back. Its statements' bytes are fetched by <paramref name="statements"/> (when first asked for with
    /// <paramref name="lazyStatements"/>, else now; null when they cannot be fetched or fail their checksum), and those that do not
    /// read back then are <paramref name="statementsAgain"/>'s. Its body is fetched by <paramref name="body"/> when first asked for
    /// (its paragraphs, mentions or boilerplate, or a statement's merge profile); a body that cannot be fetched or does not read
    /// back is <paramref name="analyseAgain"/>'s (the article analysed again), and a profile that does not is worked out from its quote.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DocumentAnalysis? ReadHead(
        byte[] head, SourceDocument source, Func<byte[]?> statements, Func<byte[]?> body, Func<AnalysisBody> analyseAgain, bool lazyStatements = false,
        Func<IReadOnlyList<EventMention>>? statementsAgain = null)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(head, writable: false));
            int documentLength = Count(r);
            r.BaseStream.Position += documentLength;
            CalendarDate? published = r.ReadBoolean() ? ReadDate(r) : null;
            var basis = (DateBasis)r.ReadInt32();
            if (!Enum.IsDefined(basis)) throw new InvalidDataException("bad date basis");
            string? evidence = ReadString(r);
            if (published != source.Published || basis != source.PublishedBasis || evidence != source.PublishedEvidence)
                source = source with { Published = published, PublishedBasis = basis, PublishedEvidence = evidence };
            InferredDate? inferredDate = r.ReadBoolean() ? new InferredDate(ReadDate(r), r.ReadString()) : null;
            int bodyLength = r.ReadInt32(), textPartLength = r.ReadInt32();
            if (textPartLength < 0 || textPartLength > bodyLength) throw new InvalidDataException("bad body length");
            var fetched = new StoredBody(body, bodyLength);
            int count = r.ReadInt32(), statementsLength = r.ReadInt32();
            // Each statement takes more than a byte: a count beyond the statements' length cannot be right.
            if (count < 0 || statementsLength < count) throw new InvalidDataException("bad statement count");
            if (r.BaseStream.Position != head.Length) throw new InvalidDataException("bad head length");
            string id = source.Id;
            // Left unparsed, their bytes not even fetched, until asked for: a rebuild after one edit merges again around a few
            // sources only. Statements that do not read back then (fail their checksum, or another writer's bytes) are statementsAgain's.
            string path = source.Path;
            EventMention[]? Read() => statements() is { } bytes && bytes.Length == statementsLength ? ReadStatements(bytes, count, id, fetched, textPartLength, bodyLength) : null;
            EventMention[] Parse() => Read()
                ?? (statementsAgain?.Invoke() is { } again && again.Count == count ? again.ToArray() : throw new InvalidDataException($"the cached statements of {path} do not read back"));
            IReadOnlyList<EventMention>? parsed = lazyStatements ? new UnparsedStatements(count, Parse) : Read();
            if (parsed is null) return null;
            var text = source;
            return new DocumentAnalysis(source, parsed, () =>
                fetched.Bytes is { } bytes && ReadBody(bytes, text.Text, textPartLength) is { } read ? read : analyseAgain())
            {
                InferredDate = inferredDate,
            };
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    // The statements stored in `bytes`; null when they do not fill it exactly.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static EventMention[]? ReadStatements(byte[] bytes, int count, string id, StoredBody fetched, int textPartLength, int bodyLength)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, writable: false));
            var statements = new EventMention[count];
            string? quote = null;
            for (int i = 0; i < statements.Length; i++)
            {
                string sourceId = ReadString(r) ?? id;
                string passage = StringPool.Read(r);
                int quoteStart = r.ReadInt32();
                if (!r.ReadBoolean()) quote = r.ReadString();
                else if (quote is null) throw new InvalidDataException("no quote to repeat");
                int dateStart = r.ReadInt32();
                string dateText = ReadSlice(r, dateStart - quoteStart, quote);
                var value = ValuePool.Read(r, bytes);
                string headline = r.ReadString();
                bool weak = r.ReadBoolean(), relative = r.ReadBoolean();
                string? url = ReadString(r);
                int profileAt = r.ReadInt32();
                if (profileAt < textPartLength || profileAt >= bodyLength) throw new InvalidDataException("bad profile offset");
                statements[i] = new EventMention
                {
                    SourceId = sourceId,
                    Passage = passage,
                    QuoteStart = quoteStart,
                    Quote = quote,
                    DateStart = dateStart,
                    DateText = dateText,
                    Value = value,
                    Headline = headline,
                    IsWeak = weak,
                    IsRelativeClause = relative,
                    Url = url,
                    // Read when merging asks for it: an incremental merge asks for a few thousand of 200,000.
                    ProfileReader = (fetched, profileAt),
                };
            }
            return r.BaseStream.Position == r.BaseStream.Length ? statements : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    private static byte[] DocumentBytes(SourceDocument d)
    {
        using var stream = new MemoryStream(256);
        using (var w = new BinaryWriter(stream))
        {
            w.Write(d.Id);
            w.Write(d.Path);
            w.Write(d.Title);
            WriteString(w, d.Url);
            WriteString(w, d.Publisher);
            WriteString(w, d.Author);
            WriteString(w, d.Dateline);
            w.Write(d.Published.HasValue);
            if (d.Published is { } published) WriteDate(w, published);
            w.Write((int)d.PublishedBasis);
            WriteString(w, d.PublishedEvidence);
            w.Write(d.ExcerptsOnly);
            w.Write(d.Tags.Count);
            foreach (string tag in d.Tags) w.Write(tag);
        }
        return stream.ToArray();
    }

    /// <summary>
    /// The document as read that <paramref name="head"/> was stored for, but for its text (empty) and source map (none), or null
    /// when it does not read back. The head's checksum must have been checked.
    /// </summary>
    public static SourceDocument? ReadDocument(byte[] head)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(head, writable: false));
            int length = Count(r);
            long end = r.BaseStream.Position + length;
            var document = new SourceDocument
            {
                Id = r.ReadString(),
                Path = r.ReadString(),
                Title = r.ReadString(),
                Text = "",
                Url = ReadString(r),
                Publisher = ReadString(r),
                Author = ReadString(r),
                Dateline = ReadString(r),
                Published = r.ReadBoolean() ? ReadDate(r) : null,
                PublishedBasis = (DateBasis)r.ReadInt32(),
                PublishedEvidence = ReadString(r),
                ExcerptsOnly = r.ReadBoolean(),
                Tags = ReadTags(r),
            };
            return Enum.IsDefined(document.PublishedBasis) && r.BaseStream.Position == end ? document : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    private static string[] ReadTags(BinaryReader r)
    {
        var tags = new string[Count(r)];
        for (int i = 0; i < tags.Length; i++) tags[i] = r.ReadString();
        return tags;
    }

    /// <summary>A body fetched once, when first asked for; null when it cannot be fetched or is not as long as the head says.</summary>
    private sealed class StoredBody(Func<byte[]?> fetch, int length) : IProfileSource
    {
        private readonly Lazy<byte[]?> _bytes = new(() => fetch() is { } b && b.Length == length ? b : null, LazyThreadSafetyMode.ExecutionAndPublication);

        public byte[]? Bytes => _bytes.Value;

        public StatementProfile? ProfileAt(int at) => Bytes is { } bytes ? AnalysisSerializer.ProfileAt(bytes, at) : null;
    }

    private static AnalysisBody? ReadBody(byte[] body, string text, int textPartLength)
    {
        try
        {
            using var r = new BinaryReader(new MemoryStream(body, 0, textPartLength, writable: false));
            var paragraphs = ReadParagraphs(r);
            var boilerplate = ReadParagraphs(r);
            var mentions = ReadMentions(r, text) ?? throw new InvalidDataException("no mentions");
            return r.BaseStream.Position == textPartLength ? new AnalysisBody(paragraphs, mentions, boilerplate) : null;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException or InvalidDataException or OverflowException)
        {
            return null;
        }
    }

    private static StatementProfile? ProfileAt(byte[] body, int at)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(body, at, body.Length - at, writable: false));
            return ReadProfile(reader);
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or InvalidDataException or DecoderFallbackException)
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

    /// <summary>Text that is <paramref name="text"/>'s own at <paramref name="start"/> is stored as a flag, not again.</summary>
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

/// <summary>
/// An analysis as stored: the head read for every cached article, the statements and the body only when asked for
/// (<see cref="AnalysisSerializer"/>).
/// </summary>
public sealed record SerializedAnalysis(byte[] Head, byte[] Statements, byte[] Body);
