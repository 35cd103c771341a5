namespace Timeline.BrowserTests.Infrastructure;

/// <summary>
/// A fact that needs Chromium. xunit 2 has no dynamic skip, so the skip reason is worked out
/// when the runner reads the attribute: on a machine without the browser the test is reported
/// as skipped with the install notice, instead of failing a fresh clone's <c>dotnet test</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Also needs axe-core's script (accessibility tests).</summary>
    public bool NeedsAxe { get; set; }

    public override string? Skip
    {
        get => base.Skip ?? BrowserRequirements.SkipReason(NeedsAxe);
        set => base.Skip = value;
    }
}

/// <summary>The <see cref="BrowserFactAttribute"/> skip rule for data-driven tests.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public bool NeedsAxe { get; set; }

    public override string? Skip
    {
        get => base.Skip ?? BrowserRequirements.SkipReason(NeedsAxe);
        set => base.Skip = value;
    }
}
