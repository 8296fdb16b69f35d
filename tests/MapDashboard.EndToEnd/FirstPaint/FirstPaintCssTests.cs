using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.FirstPaint;

/// <summary>
/// The first paint is styled by the part of MudBlazor's stylesheet that the prerendered pages use; boot.js applies the
/// rest (what the app can draw of it, AppStylesheet) after the map is drawn. A person must not see the difference.
/// </summary>
public class FirstPaintCssTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    [Fact]
    public async Task The_committed_first_paint_stylesheet_holds_every_MudBlazor_rule_the_prerendered_pages_can_match()
    {
        var built = await FirstPaintStylesheet.BuildAsync(host.BaseAddress);
        await GeneratedStylesheet.AssertUpToDateAsync(FirstPaintStylesheet.CommittedPath, built, "the pages or MudBlazor");
        Assert.True(built.Length < 100_000, $"The first-paint part is {built.Length} characters: it should be a small part of MudBlazor's stylesheet.");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/?mode=provinces")]
    [InlineData("/?culture=zh-CN")]
    [InlineData("/compare")]
    [InlineData("/notice")]
    [InlineData("/present")]
    public async Task Before_the_whole_stylesheet_applies_the_page_looks_as_it_does_after(string path)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        // Nothing but the stylesheet may change the page between the two looks: no Blazor, no circuit.
        await page.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        await page.RouteAsync("**/*.js", route => route.Request.Url.Contains("blazor.web", StringComparison.Ordinal) || route.Request.Url.Contains("MudBlazor.min.js", StringComparison.Ordinal)
            ? route.AbortAsync()
            : route.ContinueAsync());
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/css/mudblazor-app*.css", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });

        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString(), new() { WaitUntil = WaitUntilState.Commit });
        // Not WaitForFunctionAsync: while it polls, Playwright compiles the predicate in the page, which the page's
        // Content-Security-Policy (no 'unsafe-eval') refuses.
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
        await Assertions.Expect(page.Locator("html[data-stylesheets]")).ToHaveCountAsync(0);
        // The Chinese webfont's rules arrive with the whole stylesheets but are not held back here: the comparison is
        // made with them applied and their fonts loaded on both sides, so only the held stylesheet can differ.
        // One evaluation that waits in the page (WaitForFunctionAsync's polling is refused by the CSP, see above).
        await page.EvaluateAsync("""
            () => new Promise(resolve => {
                const ready = () => document.querySelector("link[href*='noto-sans-sc']")?.sheet ? resolve() : setTimeout(ready, 20);
                ready();
            })
            """);
        var before = await LookAsync(page);
        await page.SaveScreenshotAsync("first-paint-" + ScreenshotName(path));

        release.SetResult();
        await page.Locator("html[data-stylesheets='whole']").WaitForAsync(new() { Timeout = 30_000 });
        var after = await LookAsync(page);

        Assert.Equal(after.Length, before.Length);
        var changed = before.Zip(after).Where(p => p.First != p.Second).Select(p => $"{p.First}\n  became {p.Second}").Take(5).ToList();
        Assert.True(changed.Count == 0, $"{path}: with the whole stylesheet these elements look different:\n" + string.Join("\n", changed));
        await context.CloseAsync();
    }

    private static string ScreenshotName(string path) =>
        new string(path.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') is { Length: > 0 } name ? name : "dashboard";

    /// <summary>Box and the properties a person sees, of every element outside the map's drawing.</summary>
    private static Task<string[]> LookAsync(IPage page) => page.EvaluateAsync<string[]>("""
        async () => {
            // Laying the page out starts the loading of the font subsets its text needs; text is measured once they are in.
            document.body.getBoundingClientRect();
            await document.fonts.ready;
            const props = ['display', 'visibility', 'opacity', 'color', 'background-color', 'font-family', 'font-size',
                'font-weight', 'line-height', 'letter-spacing', 'text-transform', 'border-top-width', 'border-top-color',
                'border-left-width', 'border-top-left-radius', 'box-shadow', 'padding-top', 'padding-left', 'margin-top',
                'margin-left', 'fill', 'cursor', 'z-index'];
            const out = [];
            for (const e of document.body.querySelectorAll('*')) {
                if (e.closest('.leaflet-container') || ['SCRIPT', 'STYLE', 'LINK'].includes(e.tagName)) continue;
                const r = e.getBoundingClientRect();
                const s = getComputedStyle(e);
                const name = e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                out.push(`${name} [${Math.round(r.x)},${Math.round(r.y)},${Math.round(r.width)}x${Math.round(r.height)}] ` + props.map(p => `${p}:${s.getPropertyValue(p)}`).join(';'));
            }
            return out;
        }
        """);
}
