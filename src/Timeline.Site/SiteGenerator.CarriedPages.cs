using System.Runtime.CompilerServices;
using Timeline.Site.Changes;
using Timeline.Site.Model;
using Timeline.Site.Output;

namespace Timeline.Site;

public sealed partial class SiteGenerator
{
    /// <summary>
    /// Which event and source pages a rebuild carries over as the last build recorded them, without a job, a digest or a fingerprint:
    /// an event page whose event the timeline's changes do not list and whose view digest (its own, where it is listed, its related
    /// events') is the recorded one; a source page whose source's digest was taken from the records (the changes do not reach it).
    /// Each must also be carried by <see cref="PageChanges.CarriesAsRecorded"/> (its template's shared values, its file and
    /// fingerprint in the output). Every other page is looked at as before: a changed event's, the pages of the events linking or
    /// listed beside a changed one (their view digests differ), a reached source's, the listings and the index. Asked page by page
    /// inside the page loop, so that the pages carried fill the cores around the data files as the pages looked at do.
    /// </summary>
    private sealed class CarriedPages(SiteModel model, EventRecords.Taken? taken, SourceDigests? sources, PageChanges changes, PreviousSite previous)
    {
        private readonly IReadOnlyDictionary<string, UInt128>? _views = taken is null || sources is null || !changes.Carries ? null : changes.Digests?.Events;

        /// <summary>Whether the page of the model's event <paramref name="index"/> is carried, with its path and its entry in the recorded digests.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Event(int index, out string path, out int entry)
        {
            entry = -1;
            path = "";
            if (_views is null || taken!.Estimates[index] is null || taken.Views[index] is var recorded && recorded == UInt128.Zero) return false;
            string id = model.Events[index].Id;
            if (!_views.TryGetValue(id, out var digest) || digest != recorded) return false;
            path = SiteModelBuilder.EventHref(id);
            return changes.CarriesAsRecorded(path, "event.sbn", previous, out entry);
        }

        /// <summary>Whether the page of the model's source <paramref name="index"/> is carried, with its path and its entry in the recorded digests.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Source(int index, out string path, out int entry)
        {
            entry = -1;
            var source = model.Sources[index];
            path = source.Href;
            return _views is not null && sources!.IsRecorded(source.Id) && changes.CarriesAsRecorded(path, "source.sbn", previous, out entry);
        }
    }
}
