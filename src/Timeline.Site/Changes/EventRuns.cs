using System.Runtime.CompilerServices;
using System.Text;
using Timeline.Core.Events;

namespace Timeline.Site.Changes;

/// <summary>
/// Where each event item of a data file comes from when the timeline's changes (<see cref="TimelineChanges"/>) are relative to the
/// events the last file was written for: an event they do not list is that timeline's event, the same in every field, citing no
/// changed source, so its item is the last file's bytes; runs of such items, consecutive in both files, are copied as one range.
/// Only the events they list are made, at their place in the timeline's order (an event added or moved is made where it now is).
/// </summary>
/// <remarks>
/// The last file's event items (keys <c>e:&lt;id&gt;</c>) are the events it listed in that timeline's order: each is the next unlisted
/// event of this timeline with that id, or an event the changes drop (its bytes are left out). An unlisted event that is not the next
/// item was not in the file (a file may leave out events without a date): what decides that is the event's date, the same as then.
/// Per unlisted event the walk compares one id with the bytes of the record; it makes no view, digest or string.
/// </remarks>
internal static class EventRuns
{
    /// <summary>The entries [<paramref name="From"/>, <paramref name="To"/>) of the last file, copied whole; or, when <paramref name="Make"/> is not negative, the event at that index, made.</summary>
    internal readonly record struct Piece(int From, int To, int Make)
    {
        public bool IsRun => Make < 0;

        public static Piece Run(int from, int to) => new(from, to, -1);

        public static Piece Made(int index) => new(0, 0, index);
    }

    /// <summary>
    /// The events' items in this timeline's order as pieces, from the last file's entries starting at <paramref name="first"/> (its event
    /// items, up to the first key that is not an event's); null when the entries are not the events <paramref name="changes"/> are relative to.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Piece>? Plan(OrderedItems last, int first, IReadOnlyList<TimelineEvent> events, TimelineChanges changes)
    {
        var touched = changes.Events;
        HashSet<string>? dropped = null;
        var pieces = new List<Piece>(2 * touched.Count + 2 * changes.Dropped.Count + 2);
        int k = first, t = 0, runFrom = -1;
        for (int i = 0; i < events.Count; i++)
        {
            if (t < touched.Count && touched[t] == i)
            {
                t++;
                Close(pieces, ref runFrom, k);
                pieces.Add(Piece.Made(i));
                continue;
            }
            string id = events[i].Id;
            while (k < last.Count && IsEvent(last.Key(k)))
            {
                var key = last.Key(k);
                if (SameId(key[2..], id))
                {
                    if (runFrom < 0) runFrom = k;
                    k++;
                    break;
                }
                dropped ??= new HashSet<string>(changes.Dropped, StringComparer.Ordinal);
                if (!dropped.Contains(Encoding.UTF8.GetString(key[2..]))) break; // this event was not in the file: the entry is a later one's
                Close(pieces, ref runFrom, k);
                k++;
            }
        }
        Close(pieces, ref runFrom, k);
        // Items of events dropped after the last event carried are left out too.
        while (k < last.Count && IsEvent(last.Key(k)) && changes.Dropped.Count > 0
            && (dropped ??= new HashSet<string>(changes.Dropped, StringComparer.Ordinal)).Contains(Encoding.UTF8.GetString(last.Key(k)[2..])))
            k++;
        // Every event item of the last file must be accounted for: one left over means these are not the events it was written for.
        return k < last.Count && IsEvent(last.Key(k)) ? null : pieces;
    }

    private static void Close(List<Piece> pieces, ref int runFrom, int to)
    {
        if (runFrom < 0) return;
        if (to > runFrom) pieces.Add(Piece.Run(runFrom, to));
        runFrom = -1;
    }

    /// <summary>The key of an event's item: <c>e:</c> and its id.</summary>
    public static string Key(string id) => "e:" + id;

    private static bool IsEvent(ReadOnlySpan<byte> key) => key.Length >= 2 && key[0] == (byte)'e' && key[1] == (byte)':';

    private static bool SameId(ReadOnlySpan<byte> recorded, string id) =>
        Ascii.Equals(recorded, id) || (!Ascii.IsValid(id) && Encoding.UTF8.GetString(recorded) == id);
}
