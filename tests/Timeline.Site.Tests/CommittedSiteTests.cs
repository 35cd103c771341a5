using System.Globalization;
using Timeline.Tests.Shared;

namespace Timeline.Site.Tests;

/// <summary>site/ in the repository is exactly what `timeline build` makes of seeds/, whatever the machine's culture.</summary>
public sealed class CommittedSiteTests
{
    [Theory]
    [InlineData("en-US")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void CommittedSite_EqualsAFreshBuild_ByteForByte(string culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            using var site = BuiltSite.From(RepoPaths.Seeds);
            var fresh = Files(site.Output);
            var committed = Files(RepoPaths.Site);
            committed.Keys.ShouldBe(fresh.Keys, "site/ is stale: run `dotnet run --project src/Timeline.Cli -- build`");
            foreach (var (name, bytes) in fresh)
                committed[name].SequenceEqual(bytes).ShouldBeTrue($"site/{name} is stale: run `dotnet run --project src/Timeline.Cli -- build`");
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }

    // .timeline-pages fingerprints the code that renders (its module ids differ between Debug and Release),
    // so it is not part of the committed site: a stale or missing one only means rendering every page.
    private static SortedDictionary<string, byte[]> Files(string root) =>
        SiteFiles.Read(root, f => Path.GetFileName(f) != Output.PageFingerprints.FileName);
}
