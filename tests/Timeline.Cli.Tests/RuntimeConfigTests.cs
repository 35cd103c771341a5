using System.Text.Json;

namespace Timeline.Cli.Tests;

/// <summary>How the tool asks the .NET runtime to run it: settings a cold build's peak memory was measured with.</summary>
public sealed class RuntimeConfigTests
{
    [Fact]
    public void TheTool_AsksTheGcToConserveMemory()
    {
        // The tool's runtimeconfig.json is copied beside the tests, as it is beside timeline.dll when installed.
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "timeline.runtimeconfig.json")));

        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        properties.GetProperty("System.GC.ConserveMemory").GetInt32().ShouldBe(7);
        properties.TryGetProperty("System.GC.Server", out _).ShouldBeFalse();
    }
}
