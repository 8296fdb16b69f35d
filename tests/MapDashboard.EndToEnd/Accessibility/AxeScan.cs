using System.Text.Json;
using MapDashboard.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Accessibility;

/// <summary>
/// axe-core (npm, the Web project's devDependency) injected into the page and run with the WCAG 2.2 AA rule tags.
/// The script comes from node_modules, which the Web build restores: the tests need no network.
/// </summary>
internal static class AxeScan
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Script = new(() =>
    {
        var path = Path.Combine(RepoPaths.Root, "src", "MapDashboard.Web", "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(path)) throw new InvalidOperationException($"{path} is missing: building MapDashboard.Web runs npm ci.");
        return File.ReadAllText(path);
    });

    /// <summary>Every violation on the page as one readable line per failing element (empty when there is none).</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new() { Content = Script.Value });
        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
                const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
                return JSON.stringify(result.violations.flatMap(v => v.nodes.map(n =>
                    `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary.replace(/\s+/g, ' ')}`)));
            }
            """, Tags);
        return JsonSerializer.Deserialize<string[]>(json)!;
    }

    /// <summary>Fails with every violation listed, one per line, when axe finds any on the page.</summary>
    public static async Task ExpectNoViolationsAsync(IPage page, string what)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{what}: {violations.Count} axe violations\n{string.Join("\n", violations)}");
    }
}
