namespace Timeline.BrowserTests.Infrastructure;

/// <summary>Runs axe-core in a page and returns its serious and critical violations, one readable line each.</summary>
internal static class Axe
{
    public static async Task<IReadOnlyList<string>> SeriousViolationsAsync(BrowserPage page)
    {
        if (!File.Exists(BrowserRequirements.AxeScriptPath))
            throw BrowserRequirements.Missing(BrowserRequirements.AxeMissing);
        await page.Page.AddScriptTagAsync(new() { Path = BrowserRequirements.AxeScriptPath });
        return await page.Page.EvaluateAsync<string[]>("""
            async () => {
                const results = await axe.run(document, { resultTypes: ['violations'] });
                return results.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes, e.g. ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}) ${v.helpUrl}`);
            }
            """);
    }
}
