using System.Reflection;
using System.Text.Json;
using Timeline.Core.Events;
using Timeline.Core.Pipeline;
using Timeline.Core.Tests.Pipeline;
using Timeline.Tests.Shared;
using Timeline.Temporal;

namespace Timeline.Core.Tests.Events;

/// <summary>Merge profiles are let go once the events are built, and made again, the same, if anything asks later.</summary>
public sealed class MergeProfileReleaseTests
{
    private static readonly FieldInfo Stored = typeof(EventMention).GetField("_profile", BindingFlags.NonPublic | BindingFlags.Instance)!;

    private static string Profiles(IEnumerable<EventMention> statements) => JsonSerializer.Serialize(statements.Select(m => m.Profile).Select(p =>
        new { Happenings = p.Happenings.Select(h => new[] { h.Stem, h.Kind }), p.Content, p.Names }));

    [Fact]
    public void APipelineRun_LeavesNoStatementHoldingItsProfile()
    {
        using var temp = new TempFolder();
        var result = new TimelinePipeline(EnglishRecognizer.Instance).Run(ParallelPipelineTests.GeneratedSources(temp, 30));

        var statements = result.Timeline.Documents.SelectMany(d => d.Statements).Concat(result.Timeline.Events.SelectMany(e => e.Mentions)).ToList();
        statements.Count.ShouldBeGreaterThan(100);
        statements.ShouldAllBe(m => Stored.GetValue(m) == null);
    }

    [Fact]
    public void AReleasedProfile_IsMadeAgainTheSame()
    {
        using var temp = new TempFolder();
        var sources = ParallelPipelineTests.GeneratedSources(temp, 30);
        var extractor = new EventExtractor(EnglishRecognizer.Instance);
        var timeline = TimelineBuilder.Build(sources.Documents.Select(extractor.Analyze).ToList());
        var statements = timeline.Documents.SelectMany(d => d.Statements).ToList();
        string before = Profiles(statements);

        timeline.ReleaseMergeProfiles();

        Profiles(statements).ShouldBe(before);
    }
}
