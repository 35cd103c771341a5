using System.Reflection;
using Timeline.Site.Changes;

namespace Timeline.Site.Tests;

/// <summary>
/// The digest hasher's methods are called a few million times in a one-shot rebuild, before tiered compilation promotes them:
/// each is marked to be jitted optimized at once, so none runs as tier-0 code (a method added without the mark would).
/// </summary>
public sealed class DigestHasherJitTests
{
    [Fact]
    public void EveryMethodOfTheDigestHasher_IsJittedOptimizedAtOnce()
    {
        var methods = typeof(DigestHasher).GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName)
            .ToList();

        methods.ShouldNotBeEmpty();
        methods.Where(m => !m.MethodImplementationFlags.HasFlag(MethodImplAttributes.AggressiveOptimization))
            .Select(m => m.Name)
            .ShouldBeEmpty();
    }
}
