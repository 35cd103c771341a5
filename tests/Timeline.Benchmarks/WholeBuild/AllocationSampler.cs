using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Timeline.Benchmarks.WholeBuild;

/// <summary>
/// Which types a stage allocates, from the runtime's allocation ticks (one event about every
/// 100 KB allocated, naming the type that crossed the mark): a sample, proportional to the bytes.
/// </summary>
internal sealed class AllocationSampler : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        int type = e.PayloadNames!.IndexOf("TypeName");
        int amount = e.PayloadNames.IndexOf("AllocationAmount64");
        if (type < 0 || amount < 0) return;
        _bytes.AddOrUpdate(e.Payload[type] as string ?? "?", Convert.ToInt64(e.Payload[amount], CultureInfo.InvariantCulture), (_, b) => b + Convert.ToInt64(e.Payload[amount], CultureInfo.InvariantCulture));
    }

    /// <summary>The types that took the most bytes since the last call, and starts counting again.</summary>
    public IEnumerable<string> TakeTop(int count)
    {
        var top = _bytes.ToArray().OrderByDescending(p => p.Value).Take(count).ToList();
        _bytes.Clear();
        return top.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Value / 1e6,8:0} MB  {p.Key}"));
    }
}
