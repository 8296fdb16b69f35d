using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>Prefecture and county boundaries with their names, drawn from the app's vector tiles once zoomed in.</summary>
public class BoundaryTileTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private static ILocator Map(IPage page) => page.Locator("[data-testid=map]").First;

    [Fact]
    public async Task Zoomed_to_8_on_Huadu_the_map_names_its_counties_in_the_interface_language_with_nothing_fetched_from_outside()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        var outside = page.RecordOutsideRequests();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        // At national zoom there are no county names.
        await Assertions.Expect(Map(page).Locator(".admin-label-counties:visible")).ToHaveCountAsync(0);

        await page.Locator("[data-testid=place-search] input").Or(page.GetByRole(AriaRole.Combobox)).First.FillAsync("花都");
        await page.GetByText(new Regex("花都区 Huadu District")).ClickAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-focused", "440114");
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToContainTextAsync("Huadu District");
        await ZoomWithButtonsToAsync(page, 8);

        var huadu = Map(page).Locator(".admin-label-counties[data-code='440114']");
        await Assertions.Expect(huadu).ToBeVisibleAsync();
        await Assertions.Expect(huadu).ToHaveTextAsync("Huadu District");
        await Assertions.Expect(Map(page).Locator(".admin-label-counties[data-code='440113']")).ToHaveTextAsync("Panyu District");
        await Assertions.Expect(Map(page).Locator(".admin-label-prefectures:visible").First).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("boundary-tiles-huadu-zoom-8");
        Assert.Empty(outside);
    }

    // The zoom buttons, as a person uses them, until the map's zoom is in [zoom, zoom + 1).
    private static async Task ZoomWithButtonsToAsync(IPage page, int zoom)
    {
        for (var i = 0; i < 6; i++)
        {
            var current = double.Parse(await Map(page).GetAttributeAsync("data-zoom") ?? "0", CultureInfo.InvariantCulture);
            if (current >= zoom && current < zoom + 1) return;
            var button = current >= zoom + 1 ? ".leaflet-control-zoom-out" : ".leaflet-control-zoom-in";
            var next = current >= zoom + 1 ? current - 1 : current + 1;
            await page.Locator(button).ClickAsync();
            await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-zoom", next.ToString(CultureInfo.InvariantCulture));
        }
        throw new InvalidOperationException($"The map did not reach zoom {zoom}.");
    }
}
