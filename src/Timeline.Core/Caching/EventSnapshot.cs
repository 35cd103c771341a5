using System.Text;
using Timeline.Core.Events;
using Timeline.Core.Events.Incremental;
using Timeline.Temporal;

namespace Timeline.Core.Caching;

/// <summary>
/// The bytes of <c>events.bin</c>: a header (format, code version, the key of the statements, the
/// payload's length and SHA-256), then each event with its mentions as indices into the statements
/// it was built from (they are those very objects), its conflicts and its related events as indices.
/// </summary>
internal static class EventSnapshot
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's bytes, or null when the events cannot be told as indices (a mention that is no statement, a related id that is no event).</summary>
    /// <param name="statementIndex">Each statement's index in <paramref name="statements"/> by reference, when the caller has it (else made here).</param>
    public static byte[]? Write(
        string format, string codeVersion, byte[] key, IReadOnlyList<EventMention> statements, IReadOnlyList<TimelineEvent> events, Dictionary<EventMention, int>? statementIndex = null)
    {
        statementIndex ??= StatementStore.PlaceOf(statements);
        return Write(format, codeVersion, key, statements.Count, events, e =>
        {
            var places = new int[e.Mentions.Count];
            for (int j = 0; j < places.Length; j++)
                if (!statementIndex.TryGetValue(e.Mentions[j], out places[j])) return null;
            return places;
        });
    }

    /// <summary>As above, each event's mentions told as places among the <paramref name="statementCount"/> statements by <paramref name="placesOf"/> (null: they cannot be).</summary>
    public static byte[]? Write(string format, string codeVersion, byte[] key, int statementCount, IReadOnlyList<TimelineEvent> events, Func<TimelineEvent, int[]?> placesOf)
    {
        var eventIndex = new Dictionary<string, int>(events.Count, StringComparer.Ordinal);
        for (int i = 0; i < events.Count; i++)
            if (!eventIndex.TryAdd(events[i].Id, i)) return null;

        using var payload = new MemoryStream();
        using (var w = new BinaryWriter(payload, Utf8, leaveOpen: true))
        {
            w.Write(statementCount);
            w.Write(events.Count);
            foreach (var e in events)
            {
                w.Write(e.Id);
                AnalysisSerializer.WriteValue(w, e.When);
                w.Write(e.Headline);
                w.Write(e.IsManual);
                w.Write(e.IsEdited);
                if (placesOf(e) is not { } places) return null;
                w.Write(places.Length);
                foreach (int index in places) w.Write(index);
                w.Write(e.Conflicts.Count);
                foreach (var c in e.Conflicts) AnalysisSerializer.WriteValue(w, c);
                w.Write(e.Related.Count);
                foreach (string id in e.Related)
                {
                    if (!eventIndex.TryGetValue(id, out int index)) return null;
                    w.Write(index);
                }
            }
        }
        using var file = new MemoryStream();
        using (var w = new BinaryWriter(file, Utf8, leaveOpen: true))
        {
            w.Write(format);
            w.Write(codeVersion);
            w.Write(key);
            w.Write(payload.Length);
            w.Write(EventCache.Checksum(payload.GetBuffer().AsSpan(0, (int)payload.Length)));
            w.Write(payload.GetBuffer(), 0, (int)payload.Length);
        }
        return file.ToArray();
    }

    /// <summary>
    /// The stored events when <paramref name="bytes"/> were written for exactly this format, code and key,
    /// with the mentions taken from <paramref name="statements"/>; null otherwise. <paramref name="corrupt"/>
    /// tells a damaged file from one that is merely of another build.
    /// </summary>
    public static IReadOnlyList<TimelineEvent>? Read(byte[] bytes, string format, string codeVersion, byte[] key, IReadOnlyList<EventMention> statements, out bool corrupt) =>
        Read(bytes, format, codeVersion, key, statements, out corrupt, out _);

    /// <summary>
    /// As above; <paramref name="mentionIndices"/> is each event's mentions as indices into <paramref name="statements"/> (not to be changed:
    /// the mentions of statements in a <see cref="StatementSpace"/> are kept as those places).
    /// </summary>
    public static IReadOnlyList<TimelineEvent>? Read(
        byte[] bytes, string format, string codeVersion, byte[] key, IReadOnlyList<EventMention> statements, out bool corrupt, out int[][] mentionIndices)
    {
        corrupt = false;
        mentionIndices = [];
        try
        {
            using var r = new BinaryReader(new MemoryStream(bytes, writable: false), Utf8);
            if (r.ReadString() != format || r.ReadString() != codeVersion || !r.ReadBytes(key.Length).AsSpan().SequenceEqual(key)) return null;
            corrupt = true;
            long length = r.ReadInt64();
            byte[] checksum = r.ReadBytes(32);
            long start = r.BaseStream.Position;
            if (length != bytes.Length - start || !EventCache.Checksum(bytes.AsSpan((int)start)).AsSpan().SequenceEqual(checksum)) return null;

            if (r.ReadInt32() != statements.Count) return null;
            var used = new bool[statements.Count];
            int count = AnalysisSerializer.Count(r);
            var ids = new string[count];
            var parts = new (TimeValue When, string Headline, bool Manual, bool Edited, IReadOnlyList<EventMention> Mentions, TimeValue[] Conflicts, int[] Related)[count];
            var indices = new int[count][];
            // Events share dates (a few thousand distinct ones among tens of thousands): each distinct value is made once.
            TimeValue Value() => ValuePool.Read(r, bytes);
            for (int i = 0; i < count; i++)
            {
                ids[i] = r.ReadString();
                var when = Value();
                string headline = r.ReadString();
                bool manual = r.ReadBoolean(), edited = r.ReadBoolean();
                int mentionCount = AnalysisSerializer.Count(r);
                indices[i] = new int[mentionCount];
                for (int j = 0; j < mentionCount; j++)
                {
                    int index = indices[i][j] = r.ReadInt32();
                    // Each statement is in one event at most.
                    if ((uint)index >= (uint)statements.Count || used[index]) return null;
                    used[index] = true;
                }
                // Statements of many sources are kept as places, asked for when read; others are taken at once.
                IReadOnlyList<EventMention> mentions = statements is StatementSpace space
                    ? new PlacedMentions(space, indices[i])
                    : Array.ConvertAll(indices[i], k => statements[k]);
                var conflicts = AnalysisSerializer.Count(r) is int c and > 0 ? new TimeValue[c] : [];
                for (int j = 0; j < conflicts.Length; j++) conflicts[j] = Value();
                var related = AnalysisSerializer.Count(r) is int n and > 0 ? new int[n] : [];
                for (int j = 0; j < related.Length; j++)
                {
                    related[j] = r.ReadInt32();
                    if ((uint)related[j] >= (uint)count) return null;
                }
                parts[i] = (when, headline, manual, edited, mentions, conflicts, related);
            }
            if (r.BaseStream.Position != r.BaseStream.Length) return null;
            // Made once each, with their links as ids, once every id is known.
            var events = new TimelineEvent[count];
            for (int i = 0; i < count; i++)
            {
                var p = parts[i];
                events[i] = new TimelineEvent
                {
                    Id = ids[i], When = p.When, Headline = p.Headline, Mentions = p.Mentions, Conflicts = p.Conflicts, IsManual = p.Manual, IsEdited = p.Edited,
                    Related = p.Related.Length == 0 ? [] : Array.ConvertAll(p.Related, k => ids[k]),
                };
            }
            corrupt = false;
            mentionIndices = indices;
            return events;
        }
        catch (Exception ex) when (ex is EndOfStreamException or IOException or ArgumentException or FormatException or InvalidDataException or OverflowException)
        {
            corrupt = true;
            return null;
        }
    }
}
