using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

public class CompareTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        return (context, page);
    }

    [Fact]
    public async Task Comparing_two_localities_shows_both_figure_sets_with_the_shared_unit_on_one_row()
    {
        var (context, page) = await OpenAsync("compare?codes=440114,510184");
        await using var _ = context;

        var panels = page.GetByTestId("compare-panel");
        await Assertions.Expect(panels).ToHaveCountAsync(2);
        await Assertions.Expect(panels.Nth(0)).ToContainTextAsync("Huadu District");
        await Assertions.Expect(panels.Nth(1)).ToContainTextAsync("Chongzhou City");

        var yuan = page.Locator("[data-testid=compare-cell][data-unit=yuan]");
        await Assertions.Expect(yuan).ToHaveCountAsync(2);
        await Assertions.Expect(yuan.Nth(0)).ToContainTextAsync("230,000,000 yuan");
        await Assertions.Expect(yuan.Nth(1)).ToContainTextAsync("2,800,000,000 yuan");
        await Assertions.Expect(page.Locator("[data-testid=compare-other][data-code='510184']")).ToContainTextAsync("9 types of rural assets");

        var maps = page.GetByRole(AriaRole.Application, new() { NameRegex = new Regex("^Map of .* with its province and neighbouring units$") });
        await Assertions.Expect(maps).ToHaveCountAsync(2);
        await Assertions.Expect(maps.Nth(0)).ToHaveAttributeAsync("data-visible-localities", "1");
        await Assertions.Expect(maps.Nth(1)).ToHaveAttributeAsync("data-place-province", "510000");
        await Assertions.Expect(page.GetByTestId("compare-chart").Locator("svg").First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("compare-two");
    }

    [Fact]
    public async Task Adding_a_locality_with_the_picker_puts_it_in_the_shareable_url()
    {
        var (context, page) = await OpenAsync("compare?codes=440114");
        await using var _ = context;
        await Assertions.Expect(page.GetByTestId("compare-hint")).ToBeVisibleAsync();

        await page.Locator(".compare-picker input").FillAsync("Pidu");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Pidu District" }).ClickAsync();

        // The link now names the notice both places were read from, so it keeps meaning the same once a newer one is out.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/compare\?notice=ndrc-2021-668&codes=440114,510117$"));
        await Assertions.Expect(page.GetByTestId("compare-panel")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("compare-panel").Nth(1)).ToContainTextAsync("Pidu District");
    }
}
