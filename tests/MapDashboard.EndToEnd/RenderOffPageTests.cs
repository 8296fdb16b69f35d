using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// The circuit's first render, the practice list's first render and its first rows are built out of the page and put in
/// at once (js/renderOffPage.js): on a phone, each node put into the live page one by one made those renders its longest
/// tasks.
/// </summary>
public class RenderOffPageTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    [Fact]
    public async Task The_page_and_the_list_arrive_whole()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 412, Height = 823 }, IsMobile = true, HasTouch = true });
        var page = await context.NewPageAsync();
        // Every node put into a parent that is in the page.
        await page.AddInitScriptAsync("""
            window.__intoPage = new Set();
            for (const name of ['appendChild', 'insertBefore']) {
                const original = Node.prototype[name];
                Node.prototype[name] = function (node, ...rest) {
                    if (this.isConnected) window.__intoPage.add(node);
                    return original.call(this, node, ...rest);
                };
            }
            """);
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.Locator("input[data-testid=grid-filter]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".practice-row").First).ToBeVisibleAsync();

        var result = await page.EvaluateAsync<int[]>("""
            () => {
                // Parts of the circuit's first render (the app bar), of the list's (its filter bar) and its first row.
                const row = document.querySelector('.practice-grid .practice-row');
                const parts = [...document.querySelectorAll('header.mud-appbar *, .practice-list-bar *'), row, ...row.querySelectorAll('*')];
                const oneByOne = parts.filter((node) => window.__intoPage.has(node)).length;
                return [parts.length, oneByOne];
            }
            """);
        Assert.True(result[0] > 10, $"the app bar, the list's bar and its first row have {result[0]} nodes");
        Assert.Equal(0, result[1]);
        await context.CloseAsync();
    }
}
