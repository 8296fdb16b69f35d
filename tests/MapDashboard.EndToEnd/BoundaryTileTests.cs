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

    [Fact]
    public async Task Panning_a_link_at_zoom_8_keeps_the_county_names_on_screen_and_names_the_counties_it_brings_in()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "?view=23.4,113.22,8").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await WaitForNamesAsync(page);
        var map = (await Map(page).BoundingBoxAsync())!;
        var shown = await ShownCountyNamesAsync(page, map, margin: 0);
        var central = await ShownCountyNamesAsync(page, map, margin: 250);
        Assert.NotEmpty(central);

        // A person pans with the keyboard: a long step east (Shift + arrow: 240 px).
        await Map(page).Locator(".leaflet-container").First.FocusAsync();
        await page.Keyboard.PressAsync("Shift+ArrowRight");
        // The address bar follows the map once it stopped (240 px at zoom 8 is ~1.3 degrees east), and the tiles then in
        // view are requested.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"view=[\d.]+,114\.\d+,8(&|$)"));
        await WaitForNamesAsync(page);

        // Every name that was well inside the map is still shown; counties that came into view are named too.
        var after = await ShownCountyNamesAsync(page, map, margin: 0);
        Assert.All(central, code => Assert.Contains(code, after));
        Assert.Contains(after, code => !shown.Contains(code));
        await page.SaveScreenshotAsync("boundary-tiles-panned-zoom-8");
    }

    private static async Task WaitForNamesAsync(IPage page)
    {
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-counties-drawn", "true", new() { Timeout = 30_000 });
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-admin-labels", new Regex(@"^[1-9]\d*$"));
    }

    // Codes of the county names shown at least `margin` px inside the map's box.
    private static async Task<HashSet<string>> ShownCountyNamesAsync(IPage page, LocatorBoundingBoxResult map, float margin)
    {
        var codes = new HashSet<string>();
        foreach (var label in await Map(page).Locator(".admin-label-counties:visible").AllAsync())
        {
            if (await label.BoundingBoxAsync() is not { } box) continue;
            if (box.X < map.X + margin || box.Y < map.Y + margin || box.X + box.Width > map.X + map.Width - margin
                || box.Y + box.Height > map.Y + map.Height - margin) continue;
            codes.Add(await label.GetAttributeAsync("data-code") ?? "");
        }
        return codes;
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
