using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

public class ShellTests(OnePolygonHost host) : IClassFixture<OnePolygonHost>
{
    private async Task<IPage> OpenAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        return page;
    }

    [Fact]
    public async Task The_dashboard_opens_offline_and_draws_the_database_geometry_on_the_map()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var outside = new List<string>();
        context.Request += (_, r) => { if (!new Uri(r.Url).IsLoopback && r.Url.StartsWith("http")) outside.Add(r.Url); };
        var page = await OpenAsync(context);

        var map = page.GetByRole(AriaRole.Application, new() { Name = "Map of pilot localities" });
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map).ToHaveAttributeAsync("data-base-provinces", "1");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-plotted-localities", "1");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("MapDashboard");

        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 600, Height: > 300 }, $"the map should fill the main area, was {box?.Width}x{box?.Height}");
        await page.SaveScreenshotAsync("shell-one-polygon");
        Assert.Empty(outside);
    }

    [Fact]
    public async Task Markup_in_a_notice_excerpt_reaches_popup_and_panel_as_text_and_never_runs()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await OpenAsync(context);
        await Assertions.Expect(page.Locator("[data-testid=map]")).ToHaveAttributeAsync("data-plotted-localities", "1");

        await page.Locator(".practice-grid tbody tr.practice-row").First.ClickAsync();

        var excerpt = page.GetByTestId("detail-excerpt");
        await Assertions.Expect(excerpt).ToHaveTextAsync(OnePolygonHost.HostileExcerpt);
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToContainTextAsync("北京市");
        Assert.Equal(0, await page.Locator("[data-testid=locality-detail] img, .leaflet-popup img, [data-testid=locality-detail] b").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        await page.SaveScreenshotAsync("xss-excerpt-as-text");
    }

    [Fact]
    public async Task The_page_icon_comes_inside_the_page_and_costs_no_request()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var requested = new List<string>();
        context.Request += (_, r) => requested.Add(r.Url);
        var page = await OpenAsync(context);
        await page.WaitForMapReadyAsync();

        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        Assert.StartsWith("data:image/svg+xml,", icon);
        Assert.Contains("<svg", Uri.UnescapeDataString(icon!));
        Assert.DoesNotContain(requested, url => url.Contains("favicon", StringComparison.OrdinalIgnoreCase));
    }
}
