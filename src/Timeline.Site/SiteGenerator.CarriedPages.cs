using System.Runtime.CompilerServices;
using Timeline.Site.Changes;
using Timeline.Site.Model;
using Timeline.Site.Output;

namespace Timeline.Site;

public sealed partial class SiteGenerator
{
    /// <summary>
    /// The event and source pages a rebuild carries over as the last build recorded them, without a job, a digest or a fingerprint:
    /// an event page whose event the timeline's changes do not list and whose view digest (its own, where it is listed, its related
    /// events') is the recorded one; a source page whose source's digest was taken from the records (the changes do not reach it).
    /// Each must also be carried by <see cref="PageChanges.CarriesAsRecorded"/> (its template's shared values, its file and
    /// fingerprint in the output). Every other page is looked at as before: a changed event's, the pages of the events linking or
    /// listed beside a changed one (their view digests differ), a reached source's, the listings and the index.
    /// </summary>
    private sealed class CarriedPages
    {
        private readonly bool[] _events, _sources;

        private CarriedPages(bool[] events, bool[] sources, string[] paths, int[] entries)
        {
            _events = events;
            _sources = sources;
            Paths = paths;
            Entries = entries;
        }

        /// <summary>Nothing carried as recorded.</summary>
        public static CarriedPages None { get; } = new([], [], [], []);

        /// <summary>The pages carried, by path.</summary>
        public string[] Paths { get; }

        /// <summary>Their entries in the recorded digests, in the order of <see cref="Paths"/>.</summary>
        public int[] Entries { get; }

        /// <summary>Whether the page of the model's event <paramref name="index"/> is carried.</summary>
        public bool Event(int index) => index < _events.Length && _events[index];

        /// <summary>Whether the page of the model's source <paramref name="index"/> is carried.</summary>
        public bool Source(int index) => index < _sources.Length && _sources[index];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public static CarriedPages Of(SiteModel model, EventRecords.Taken taken, SourceDigests sources, PageChanges changes, PreviousSite previous)
        {
            if (changes.Digests is not { } digests) return None;
            var views = digests.Events;
            var events = model.Events;
            var eventEntries = new int[events.Count];
            Parallel.For(0, events.Count, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
            {
                var view = events[i];
                eventEntries[i] = taken.Estimates[i] is not null && taken.Views[i] != UInt128.Zero && views.TryGetValue(view.Id, out var digest) && digest == taken.Views[i]
                    && changes.CarriesAsRecorded(SiteModelBuilder.EventHref(view.Id), "event.sbn", previous, out int entry) ? entry : -1;
            });
            var sourceEntries = new int[model.Sources.Count];
            Parallel.For(0, sourceEntries.Length, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (i) =>
            {
                var source = model.Sources[i];
                sourceEntries[i] = sources.IsRecorded(source.Id) && changes.CarriesAsRecorded(source.Href, "source.sbn", previous, out int entry) ? entry : -1;
            });
            var paths = new List<string>(events.Count + sourceEntries.Length);
            var entries = new List<int>(paths.Capacity);
            var eventCarried = new bool[events.Count];
            var sourceCarried = new bool[sourceEntries.Length];
            for (int i = 0; i < sourceEntries.Length; i++)
            {
                if (sourceEntries[i] < 0) continue;
                sourceCarried[i] = true;
                paths.Add(model.Sources[i].Href);
                entries.Add(sourceEntries[i]);
            }
            for (int i = 0; i < eventEntries.Length; i++)
            {
                if (eventEntries[i] < 0) continue;
                eventCarried[i] = true;
                paths.Add(SiteModelBuilder.EventHref(events[i].Id));
                entries.Add(eventEntries[i]);
            }
            return new CarriedPages(eventCarried, sourceCarried, [.. paths], [.. entries]);
        }
    }
}
