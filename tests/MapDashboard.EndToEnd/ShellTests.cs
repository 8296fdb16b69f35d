using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

public class ShellTests(OnePolygonHost host) : IClassFixture<OnePolygonHost>
{
    [Fact]
    public async Task The_dashboard_opens_offline_and_draws_the_database_geometry_on_the_map()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var outside = page.RecordOutsideRequests();

        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();

        var map = page.GetByRole(AriaRole.Application, new() { Name = "Map of pilot localities" });
        await Assertions.Expect(map).ToBeVisibleAsync();
        await Assertions.Expect(map).ToHaveAttributeAsync("data-drawn-features", "1");
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("MapDashboard");

        var box = await map.BoundingBoxAsync();
        Assert.True(box is { Width: > 600, Height: > 400 }, $"the map should fill the main area, was {box?.Width}x{box?.Height}");
        await page.SaveScreenshotAsync("shell-one-polygon");
        Assert.Empty(outside);
    }
}
