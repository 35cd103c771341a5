using Scriban;
using Scriban.Runtime;
using Timeline.Site.Model;
using Timeline.Site.Rendering;

namespace Timeline.Site.Tests;

/// <summary>Templates read view records through compiled getters, which give what Scriban's reflection accessor gives.</summary>
public sealed class CompiledObjectAccessorTests
{
    private const string Sentence = "Talks began on March 4, 2019 in Geneva.";

    private static readonly EventSourceView Report = new(
        "a", "A report", "sources/a.html#s1", Sentence, "March 4, 2019", null, "The Paper", "4 March 2019", "s1", new QuoteView(Sentence, 15, "March 4, 2019"));

    private static EventView Event() =>
        new("e", "events/e.html", "4 March 2019", "2019-03-04", "2019-03-04", "day", "none", "2019-03-04", null, true, "Talks", "a", "y-2019", [Report])
        {
            IsManual = true,
            ListedHref = "years/2019.html#e",
        };

    public static TheoryData<object> Records => new()
    {
        Event(),
        Report,
        new QuoteView(Sentence, 15, "March 4, 2019"),
        new SegmentView(Sentence, 15, 13, isDate: true, "events/e.html", "2019-03-04"),
        new SentenceView("s1", Dated: false, []),
        new DecadeView("2010s", "d-2010s", [new YearView("2019", "y-2019", 2019, [])]),
    };

    [Theory]
    [MemberData(nameof(Records))]
    public void EveryMember_ReadsAsScribansReflectionAccessorReadsIt(object record)
    {
        var context = new SafeTemplateContext(TemplateContext.GetDefaultBuiltinObject());
        var accessor = context.GetMemberAccessor(record);
        accessor.ShouldBeOfType<CompiledObjectAccessor>();
        var reflection = new TemplateContext().GetMemberAccessor(record);

        var names = reflection.GetMembers(context, default, record).ToList();
        names.ShouldNotBeEmpty();
        accessor.GetMembers(context, default, record).ShouldBe(names);
        foreach (string name in names)
        {
            accessor.TryGetValue(context, default, record, name, out object? compiled).ShouldBeTrue(name);
            reflection.TryGetValue(context, default, record, name, out object? expected).ShouldBeTrue(name);
            compiled.ShouldBe(expected, name);
        }
        accessor.TryGetValue(context, default, record, "no_such_member", out _).ShouldBeFalse();
    }

    [Fact]
    public void ATemplate_ReadsRecordsThroughTheCompiledGetters()
    {
        var template = Template.Parse("{{ for s in e.sources }}{{ s.highlighted.before }}[{{ s.highlighted.date }}]{{ if s.publisher }} ({{ s.publisher }}){{ end }}{{ end }} {{ e.is_manual }} {{ e.sources.size }}");
        var context = new SafeTemplateContext(TemplateContext.GetDefaultBuiltinObject());
        var globals = new ScriptObject { ["e"] = Event() };
        context.PushGlobal(globals);

        template.Render(context).ShouldBe("Talks began on [March 4, 2019] (The Paper) True 1");
    }
}
