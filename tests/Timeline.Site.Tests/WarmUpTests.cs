using Timeline.Site.Building;
using Timeline.Temporal;

namespace Timeline.Site.Tests;

public sealed class WarmUpTests
{
    [Fact]
    public void MergeWarmUp_MergesIncrementally_AsARebuildAfterANewDatedStatementDoes()
    {
        // A warm-up whose incremental merge gave up would compile only the full merge's code, not the rebuild's.
        WarmUp.Merge(EnglishRecognizer.Instance).ShouldBeTrue();
    }
}
