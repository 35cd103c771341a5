using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Core.Events;
using Timeline.Site.Model;

namespace Timeline.Site.Changes;

/// <summary>
/// What the site made of each event and source of a build, recorded in <c>site-digests.bin</c> with the key of the events it was
/// made of (<see cref="TimelineData.EventsKey"/>): each event's own digest (<see cref="ContentDigests"/>), its paging estimate
/// (<see cref="Paging"/>) and the sources it cites; each source's digest (<see cref="SourceDigests"/>) and how many of its dates
/// link to an event. A rebuild whose <see cref="TimelineData.Changes"/> are relative to those events takes these for every event
/// and source the changes do not reach (<see cref="Take"/>) instead of reading every event's reports again.
/// </summary>
/// <remarks>
/// Layout: the events' key; the sources (id, digest, event count) in the timeline's order; the events (id, own digest, estimate,
/// the index of each source of its reports in that list), in the timeline's order; then each event's view digest
/// (<see cref="ContentDigests.Events"/>: its own, where it is listed, its related events'), in the same order, apart from the events'
/// records because it changes when the event does not (paging, a related event): an event record is copied, its view digest written
/// again. Read only when taken: a build whose events are not relative to the recorded key never parses it.
/// </remarks>
internal sealed class EventRecords
{
    private readonly byte[] _bytes;
    private readonly int _start, _end;

    private EventRecords(string key, byte[] bytes, int start, int end)
    {
        Key = key;
        _bytes = bytes;
        _start = start;
        _end = end;
    }

    /// <summary>The <see cref="TimelineData.EventsKey"/> of the events these records were made of.</summary>
    public string Key { get; }

    /// <summary>The records in the block at <paramref name="start"/> of <paramref name="bytes"/> (up to <paramref name="end"/>), its key read.</summary>
    internal static EventRecords Read(byte[] bytes, int start, int end)
    {
        var reader = new SiteDigests.Cursor(bytes, end) { At = start };
        string key = reader.String();
        return new EventRecords(key, bytes, reader.At, end);
    }

    /// <summary>
    /// Writes this build's records: <paramref name="digests"/> holds each event's own digest and each source's digest; the model each
    /// event's estimate (made by the partial model, or from the view) and each source's event count.
    /// </summary>
    /// <param name="taken">What this build took of the last build's records: an event taken is written as it was recorded (the same bytes),
    /// when the sources are those it recorded, in the same order (the indexes of the sources it cites are then the same).</param>
    internal static void Write(SiteDigests.Writer writer, string key, TimelineData timeline, SiteModel model, ContentDigests digests, Taken? taken = null)
    {
        writer.String(key);
        var sources = model.Sources;
        var indexOf = new Dictionary<string, int>(sources.Count, StringComparer.Ordinal);
        writer.Int32(sources.Count);
        for (int i = 0; i < sources.Count; i++)
        {
            var s = sources[i];
            indexOf.Add(s.Id, i);
            writer.String(s.Id);
            writer.Digest(digests.Sources.TryGetValue(s.Id, out var digest) ? digest : UInt128.Zero);
            writer.Int32(s.EventCount);
        }
        var events = timeline.Events;
        var own = digests.OwnDigestsMade;
        writer.Int32(events.Count);
        var copy = taken is { SameSources: true } ? taken : null;
        for (int i = 0; i < events.Count; i++)
        {
            if (copy is not null && copy.Records[i] is var (at, length) && length > 0) writer.Bytes(copy.Bytes.AsSpan(at, length));
            else WriteEvent(writer, events[i], own[i], model.Events[i], indexOf);
        }
        // What its page shows of it: an event page is carried over as recorded when this digest and the event are the recorded ones.
        writer.Int32(events.Count);
        var views = digests.Events;
        for (int i = 0; i < events.Count; i++) writer.Digest(views.TryGetValue(model.Events[i].Id, out var view) ? view : UInt128.Zero);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteEvent(SiteDigests.Writer writer, TimelineEvent e, UInt128 own, EventView view, Dictionary<string, int> indexOf)
    {
        writer.String(e.Id);
        writer.Digest(own);
        writer.Int64(view.EstimatedSize ?? Paging.Estimate(view));
        int mentions = e.Mentions.Count;
        writer.Int32(mentions);
        string? last = null;
        int index = -1;
        for (int m = 0; m < mentions; m++)
        {
            string id = e.SourceOf(m);
            if (!ReferenceEquals(id, last))
            {
                last = id;
                index = indexOf.GetValueOrDefault(id, -1);
            }
            writer.Int32(index);
        }
    }

    /// <summary>
    /// What may be taken of these records for <paramref name="timeline"/>: null unless its changes are relative to the events recorded
    /// here (<see cref="TimelineChanges.Since"/> is <see cref="Key"/>), every event they do not list is the next recorded one that they
    /// do not drop (same id, in the same order), and the records are whole.
    /// </summary>
    public Taken? Take(TimelineData timeline)
    {
        if (timeline.Changes is not { } changes || changes.Since != Key) return null;
        try
        {
            return Take(timeline.Events, timeline.Documents, changes);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Taken? Take(IReadOnlyList<TimelineEvent> events, IReadOnlyList<DocumentAnalysis> documents, TimelineChanges changes)
    {
        var reader = new SiteDigests.Cursor(_bytes, _end) { At = _start };
        int sourceCount = reader.Count();
        var sourceIds = new string[sourceCount];
        var sources = new Dictionary<string, (UInt128 Digest, int Events)>(sourceCount, StringComparer.Ordinal);
        bool sameSources = sourceCount == documents.Count;
        for (int i = 0; i < sourceCount; i++)
        {
            string id = sourceIds[i] = reader.String();
            sources[id] = (reader.Digest(), reader.Int32());
            sameSources = sameSources && documents[i].Source.Id == id;
        }

        // The sources whose links may differ: those the changes name, those the changed events cite, those the dropped events cited.
        var affected = new HashSet<string>(changes.Sources, StringComparer.Ordinal);
        var touched = changes.Events;
        foreach (int t in touched)
            for (int m = 0, count = events[t].Mentions.Count; m < count; m++) affected.Add(events[t].SourceOf(m));
        HashSet<string>? dropped = null;

        var own = new UInt128[events.Count];
        var estimates = new long?[events.Count];
        var records = new (int At, int Length)[events.Count];
        var cites = new (int At, int Count)[events.Count];
        var recordOf = new int[events.Count];
        int taken = 0, next = 0, skip = 0;
        int recorded = reader.Count();
        for (int r = 0; r < recorded; r++)
        {
            int recordAt = reader.At;
            int idAt = reader.Key(out int idLength);
            var digest = reader.Digest();
            long estimate = reader.Int64();
            int cited = reader.Count();
            int citedAt = reader.At;
            reader.Skip(checked(4 * cited));
            // The next event of this timeline the changes do not list is this record's event, unless the changes drop it.
            while (skip < touched.Count && touched[skip] == next)
            {
                skip++;
                next++;
            }
            if (next < events.Count && SameId(_bytes.AsSpan(idAt, idLength), events[next].Id))
            {
                own[next] = digest;
                estimates[next] = estimate;
                records[next] = (recordAt, reader.At - recordAt);
                cites[next] = (citedAt, cited);
                recordOf[next] = r;
                taken++;
                next++;
                continue;
            }
            dropped ??= new HashSet<string>(changes.Dropped, StringComparer.Ordinal);
            if (!dropped.Contains(Encoding.UTF8.GetString(_bytes, idAt, idLength))) return null; // not the events recorded
            for (int k = 0; k < cited; k++)
            {
                int index = BinaryPrimitives.ReadInt32LittleEndian(_bytes.AsSpan(citedAt + 4 * k));
                if (index >= 0 && index < sourceCount) affected.Add(sourceIds[index]);
            }
        }
        while (skip < touched.Count && touched[skip] == next)
        {
            skip++;
            next++;
        }
        if (next != events.Count || reader.Count() != recorded) return null;
        int viewsAt = reader.At;
        reader.Skip(checked(16 * recorded));
        if (reader.At != _end) return null;
        var views = new UInt128[events.Count];
        for (int i = 0; i < events.Count; i++)
            if (estimates[i] is not null) views[i] = BinaryPrimitives.ReadUInt128LittleEndian(_bytes.AsSpan(viewsAt + 16 * recordOf[i]));
        // The events citing a source reached: those the changes list, and those taken whose recorded sources include one (its links
        // are gathered from these alone, not from every event's reports).
        var reached = new bool[sourceCount];
        for (int i = 0; i < sourceCount; i++) reached[i] = affected.Contains(sourceIds[i]);
        var citing = new List<int>(touched.Count + 64);
        skip = 0;
        for (int i = 0; i < events.Count; i++)
        {
            if (skip < touched.Count && touched[skip] == i)
            {
                skip++;
                citing.Add(i);
                continue;
            }
            var (at, count) = cites[i];
            for (int k = 0; k < count; k++)
            {
                int index = BinaryPrimitives.ReadInt32LittleEndian(_bytes.AsSpan(at + 4 * k));
                if (index >= 0 && index < sourceCount && reached[index])
                {
                    citing.Add(i);
                    break;
                }
            }
        }
        return new Taken(own, estimates, taken, sources, affected) { Bytes = _bytes, Records = records, SameSources = sameSources, Citing = citing, Views = views };
    }

    private static bool SameId(ReadOnlySpan<byte> recorded, string id) =>
        Ascii.Equals(recorded, id) || (!Ascii.IsValid(id) && Encoding.UTF8.GetString(recorded) == id);

    /// <summary>What a rebuild takes of the records.</summary>
    /// <param name="Own">Each event's own digest, in the timeline's order; zero where not recorded (<see cref="Estimates"/> null).</param>
    /// <param name="Estimates">Each event's paging estimate, in the timeline's order; null for an event the changes list.</param>
    /// <param name="Events">How many events were taken from the records.</param>
    /// <param name="Sources">Each recorded source's digest and event count, by id.</param>
    /// <param name="Affected">The sources whose digest and links must be made again: changed, or cited by an event changed or dropped.</param>
    internal sealed record Taken(UInt128[] Own, long?[] Estimates, int Events, Dictionary<string, (UInt128 Digest, int Events)> Sources, HashSet<string> Affected)
    {
        /// <summary>The bytes the records were read from.</summary>
        public byte[] Bytes { get; init; } = [];

        /// <summary>Where each event's record is in <see cref="Bytes"/>, in the timeline's order; empty for an event not taken.</summary>
        public (int At, int Length)[] Records { get; init; } = [];

        /// <summary>Whether the sources recorded are this timeline's, in the same order.</summary>
        public bool SameSources { get; init; }

        /// <summary>The indexes of the events that may cite a source of <see cref="Affected"/>, ascending: every other event cites none.</summary>
        public IReadOnlyList<int> Citing { get; init; } = [];

        /// <summary>Each event's view digest as recorded (<see cref="ContentDigests.Events"/>), in the timeline's order; zero for an event not taken.</summary>
        public UInt128[] Views { get; init; } = [];
    }
}
