using Microsoft.Playwright;

namespace MapDashboard.EndToEnd;

internal static class PageExtensions
{
    /// <summary>Blazor prerenders; clicks only work once the circuit is up and the layout says so.</summary>
    public static Task WaitForInteractiveAsync(this IPage page) =>
        page.Locator("[data-interactive='true']").WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>
    /// The map may be drawn before the circuit connects; it answers clicks and keeps the address bar only once the page
    /// has adopted it (data-ready).
    /// </summary>
    public static Task WaitForMapReadyAsync(this IPage page) =>
        page.Locator("[data-testid=map][data-ready='true']").First.WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>Records every request that leaves the loopback address (the dashboard must work offline).</summary>
    public static List<string> RecordOutsideRequests(this IPage page)
    {
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            var uri = new Uri(request.Url);
            if (uri.Scheme is "http" or "https" or "ws" or "wss" && !uri.IsLoopback) outside.Add(request.Url);
        };
        return outside;
    }

    public static async Task<string> SaveScreenshotAsync(this IPage page, string name)
    {
        var path = Path.Combine(MapDashboard.TestSupport.RepoPaths.TestArtifacts("screenshots"), name + ".png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = false });
        return path;
    }
}
