using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// The map is drawn from the prerendered page before Blazor's circuit connects (earlyMap.js), and the dashboard adopts
/// that drawing once interactive instead of drawing a second map.
/// </summary>
public class EarlyMapTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        return await context.NewPageAsync();
    }

    /// <summary>No circuit can start: every request to Blazor's hub fails.</summary>
    private static Task WithoutCircuitAsync(IPage page) => page.RouteAsync("**/_blazor/**", route => route.AbortAsync());

    private static ILocator Map(IPage page) => page.Locator("[data-testid=map]");

    [Fact]
    public async Task Without_a_circuit_the_map_still_shows_every_locality_and_opens_a_popup()
    {
        var page = await NewPageAsync();
        await WithoutCircuitAsync(page);
        await page.GotoAsync(host.BaseAddress.ToString());

        var expected = (await DashboardDatabase.LocalitiesAsync(host.Database)).ToString();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", expected, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("[data-interactive='true']")).ToHaveCountAsync(0);

        await page.Locator(".locality-marker").First.ClickAsync();
        await Assertions.Expect(page.Locator(".leaflet-popup .locality-popup-zh")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToHaveCSSAsync("opacity", "1");
        await page.SaveScreenshotAsync("early-map-without-circuit");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_filtered_link_draws_only_its_localities_before_the_circuit_connects()
    {
        var page = await NewPageAsync();
        await WithoutCircuitAsync(page);
        await page.GotoAsync(new Uri(host.BaseAddress, "?p=440000").ToString());

        var guangdong = await DashboardDatabase.LocalitiesAsync(host.Database, p => p.Locality!.ProvinceCode == "440000");
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-visible-localities", guangdong.ToString(), new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Once_interactive_the_dashboard_uses_the_map_drawn_early()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        await Assertions.Expect(Map(page).Locator(".map-canvas")).ToHaveCountAsync(1);
        await page.Locator(".locality-marker").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_the_early_drawing_cannot_load_the_circuit_draws_the_map_itself()
    {
        var page = await NewPageAsync();
        await page.RouteAsync("**/lib/early-map/early-map*.js", route => route.AbortAsync());
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        var expected = (await DashboardDatabase.LocalitiesAsync(host.Database)).ToString();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", expected);
        await Assertions.Expect(Map(page).Locator(".map-canvas")).ToHaveCountAsync(1);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Before_the_map_is_drawn_the_page_requests_only_what_the_first_picture_needs()
    {
        var page = await NewPageAsync();
        await page.AddInitScriptAsync("""
            new MutationObserver((_, observer) => {
                if (!document.querySelector('[data-plotted-localities]')) return;
                window.__plottedAt = performance.now();
                observer.disconnect();
            }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-plotted-localities'] });
            """);
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        // Each request costs the browser and the server time on a busy machine: what the first picture does not need
        // (Blazor, MudBlazor's script and whole stylesheet, the border lines, the icon) waits for it, or for the end of
        // boot.js's longest wait (3 s) when the drawing takes longer than that, as it can on a loaded machine.
        var requested = await page.EvaluateAsync<string[]>("""
            () => {
                const gaveUp = performance.getEntriesByName('mapdash:early-map-wait-ended')[0]?.startTime ?? Infinity;
                const until = Math.min(window.__plottedAt ?? Infinity, gaveUp);
                return performance.getEntriesByType('resource')
                    .filter(e => e.startTime < until)
                    .map(e => new URL(e.name).pathname);
            }
            """);
        // Every script by its fingerprinted URL, which is served immutable: a repeat visit asks the server for none.
        Assert.All(requested.Where(p => p.EndsWith(".js", StringComparison.Ordinal)),
            p => Assert.Matches(@"\.[a-z0-9]{10}\.js$", p));
        // Paths without their fingerprint.
        var requestedBeforeTheMap = requested.Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"\.[a-z0-9]{10}\.js$", ".js")).Order(StringComparer.Ordinal).ToArray();
        // The stylesheets the first paint needs come inside the page.
        Assert.Equal(
        [
            "/api/geo/boundaries/province",
            "/api/notices/current/localities.geojson",
            "/lib/boot.js",
            "/lib/early-map/early-map.js",
            "/lib/leaflet/leaflet-with-markercluster.js",
        ], requestedBeforeTheMap);
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-base-lines", new System.Text.RegularExpressions.Regex("^[1-9]"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task When_the_connection_drops_the_page_says_it_is_rejoining_and_rejoins()
    {
        var page = await NewPageAsync();
        IWebSocketRoute? circuit = null;
        await page.RouteWebSocketAsync("**/_blazor**", ws =>
        {
            circuit ??= ws;
            ws.ConnectToServer();
        });
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        Assert.NotNull(circuit);

        await circuit.CloseAsync();
        var dialog = page.Locator("#components-reconnect-modal");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await Assertions.Expect(dialog).ToContainTextAsync("Rejoining the server");
        await Assertions.Expect(dialog).ToBeHiddenAsync(new() { Timeout = 30_000 });
        await page.Context.CloseAsync();
    }
}
