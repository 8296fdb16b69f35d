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
    public async Task While_the_database_is_down_a_new_selection_never_shows_the_last_places_details_and_the_page_recovers_by_itself()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        // Set on this document only: still there at the end means the page was never reloaded.
        await page.EvaluateAsync("() => window.__sameDocument = true");

        var rows = page.GetByTestId("grid-locality");
        await rows.Filter(new() { HasText = "北京市" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("北京市");

        await host.Cluster.StopAsync();
        try
        {
            await rows.Filter(new() { HasText = "上海市" }).ClickAsync();
            // At once, before the database could answer: Beijing's details are gone, the panel names Shanghai.
            await Assertions.Expect(page.GetByTestId("locality-detail")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("detail-pending-name")).ToContainTextAsync("上海市");
            // Once the data layer has given up retrying: plain words, no server text.
            var alert = page.GetByTestId("db-unavailable");
            await Assertions.Expect(alert).ToContainTextAsync("The database is not answering", new() { Timeout = 20_000 });
            await Assertions.Expect(page.GetByTestId("detail-pending-failed")).ToBeVisibleAsync();
            Assert.DoesNotMatch(ServerText, await page.Locator("body").InnerTextAsync());
            await page.SaveScreenshotAsync("database-down");
        }
        finally
        {
            await host.Cluster.StartAsync();
        }

        // No click, no reload: the page tries again by itself and shows what was asked for.
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("上海市", new() { Timeout = 40_000 });
        await Assertions.Expect(page.GetByTestId("db-unavailable")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("detail-pending")).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
    }
}
