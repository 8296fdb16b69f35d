using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// What a person sees while the page starts: the prerendered page with the map's box crediting its data, then one map
/// drawn by the circuit (LeafletMap), and a page that rejoins when its connection drops.
/// </summary>
public class FirstPictureTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<IPage> NewPageAsync()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        return await context.NewPageAsync();
    }

    private static ILocator Map(IPage page) => page.Locator("[data-testid=map]");

    [Fact]
    public async Task Before_the_circuit_the_map_box_credits_its_data_and_the_drawn_map_shows_the_credit_once()
    {
        var page = await NewPageAsync();
        // No circuit can start: every request to Blazor's hub fails.
        await page.RouteAsync("**/_blazor/**", route => route.AbortAsync());
        await page.GotoAsync(host.BaseAddress.ToString());
        var credit = Map(page).Locator(".map-credit");
        await Assertions.Expect(credit).ToBeVisibleAsync();
        await Assertions.Expect(credit).ToContainTextAsync("Tianditu");
        await Assertions.Expect(credit.Locator("[lang='zh-CN']")).ToHaveTextAsync("天地图");
        await page.SaveScreenshotAsync("first-picture-without-circuit");
        await page.Context.CloseAsync();

        page = await NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(Map(page).Locator(".map-credit")).ToHaveCountAsync(0);
        await Assertions.Expect(Map(page).Locator(".base-attribution")).ToHaveCountAsync(1);
        await Assertions.Expect(Map(page).Locator(".base-attribution")).ToContainTextAsync("Tianditu");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Once_interactive_the_dashboard_draws_one_map_with_every_locality()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        var expected = (await DashboardDatabase.LocalitiesAsync(host.Database)).ToString();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", expected);
        await Assertions.Expect(Map(page).Locator(".map-canvas")).ToHaveCountAsync(1);
        await page.Locator(".locality-marker").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_filtered_link_draws_only_its_localities()
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "?p=440000").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        var guangdong = await DashboardDatabase.LocalitiesAsync(host.Database, p => p.Locality!.ProvinceCode == "440000");
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-visible-localities", guangdong.ToString());
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
