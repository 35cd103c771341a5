namespace Timeline.Core.Pipeline;

/// <summary>Work done while a task runs beside it (the cache stored while the events are built).</summary>
internal static class Background
{
    /// <summary>
    /// The result of <paramref name="work"/>. When it fails, <paramref name="background"/> is let finish
    /// before the failure goes on (its own failure, if any, is not the one reported): nothing is left
    /// running, writing to the cache, once the caller has thrown.
    /// </summary>
    public static T Beside<T>(Task? background, Func<T> work)
    {
        try
        {
            return work();
        }
        catch
        {
            try { background?.Wait(); }
            catch (AggregateException) { }
            throw;
        }
    }
}
