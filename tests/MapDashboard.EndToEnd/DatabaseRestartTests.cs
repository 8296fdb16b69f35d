using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// PostgreSQL stops and starts while a dashboard is open. The cluster is the test's own (<see cref="RestartableDashboardHost"/>):
/// stopping the shared one would fail the classes running beside this one.
/// </summary>
public class DatabaseRestartTests(RestartableDashboardHost host) : IClassFixture<RestartableDashboardHost>
{
    private static readonly Regex ServerText = new("57P0|SQLSTATE|Npgsql|Exception|refused|terminating", RegexOptions.IgnoreCase);

    [Fact]
    public async Task While_the_database_is_down_selections_are_answered_from_memory_with_the_right_place_and_no_server_text()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        // Set on this document only: still there at the end means the page was never reloaded.
        await page.EvaluateAsync("() => window.__sameDocument = true");

        var rows = page.Locator(".practice-grid .grid-locality");
        await rows.Filter(new() { HasText = "北京市" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("北京市");

        await host.Cluster.StopAsync();
        try
        {
            // The published data read before the database stopped is one snapshot in memory, shared by every viewer:
            // a new selection is answered from it at once, with the place asked for and never the one before.
            await rows.Filter(new() { HasText = "上海市" }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("上海市");
            await Assertions.Expect(page.GetByTestId("locality-detail")).ToHaveCountAsync(1);
            Assert.DoesNotMatch(ServerText, await page.Locator("body").InnerTextAsync());
            await page.SaveScreenshotAsync("database-down");
        }
        finally
        {
            await host.Cluster.StartAsync();
        }

        // Back up: the same page goes on answering, no reload.
        await rows.Filter(new() { HasText = "北京市" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("北京市");
        await Assertions.Expect(page.GetByTestId("db-unavailable")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
    }
}
