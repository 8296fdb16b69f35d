using System.Text.RegularExpressions;
using MapDashboard.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>Two published notices: the seed notice and a later one made from its first measures (<see cref="SecondNotice"/>).</summary>
public class NoticeSwitchTests(TwoNoticesHost host) : IClassFixture<TwoNoticesHost>
{
    private static ILocator Map(IPage page) => page.Locator("[data-testid=map]");

    private static ILocator NoticeName(IPage page) => page.Locator("[data-testid=notice-switcher] button");

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        return page;
    }

    [Fact]
    public async Task The_app_bar_names_the_notice_of_the_link_and_the_switcher_shows_the_other_one()
    {
        var first = (await DashboardDatabase.LocalitiesAsync(host.Database, p => p.NoticeId == TwoNoticesHost.FirstId)).ToString();
        var second = (await DashboardDatabase.LocalitiesAsync(host.Database, p => p.NoticeId == TwoNoticesHost.SecondId)).ToString();
        Assert.Equal("57", first);
        Assert.NotEqual(first, second);

        var page = await OpenAsync($"?notice={TwoNoticesHost.SecondId}&mode=provinces");
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(NoticeName(page)).ToContainTextAsync("No.901");
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", second);
        await page.SaveScreenshotAsync("notice-second");

        await NoticeName(page).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { NameRegex = new Regex("No\\.668") }).ClickAsync();

        // The switch keeps the rest of the link (here: the map mode).
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"notice={TwoNoticesHost.FirstId}&mode=provinces"));
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(NoticeName(page)).ToContainTextAsync("No.668");
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", first);
        await Assertions.Expect(page.GetByTestId("summary")).ToContainTextAsync("57");
        await page.SaveScreenshotAsync("notice-switched-to-first");

        // Whatever else the address bar then records, it keeps the notice: a copied link shows the same notice.
        await page.GetByTestId("mode-toggle").GetByText("Localities", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"notice={TwoNoticesHost.FirstId}"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_notice_is_said_in_words_with_a_link_to_the_current_notice()
    {
        var page = await OpenAsync("?notice=ndrc-1999-1");
        await Assertions.Expect(page.GetByTestId("notice-unknown")).ToContainTextAsync("ndrc-1999-1");
        await page.SaveScreenshotAsync("notice-unknown");
        await page.GetByTestId("notice-current-link").ClickAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("notice=" + TwoNoticesHost.SecondId));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_presenter_briefs_on_the_notice_of_its_link_and_names_an_unknown_one()
    {
        var second = (await DashboardDatabase.LocalitiesAsync(host.Database, p => p.NoticeId == TwoNoticesHost.SecondId)).ToString();
        var page = await OpenAsync($"present?notice={TwoNoticesHost.FirstId}");
        await Assertions.Expect(page.GetByTestId("presenter-caption")).ToContainTextAsync("No.668");
        await Assertions.Expect(page.GetByTestId("presenter-figure").First).ToContainTextAsync("57");

        await page.GotoAsync(new Uri(host.BaseAddress, $"present?notice={TwoNoticesHost.SecondId}").ToString());
        await Assertions.Expect(page.GetByTestId("presenter-caption")).ToContainTextAsync("No.901");
        await Assertions.Expect(page.GetByTestId("presenter-figure").First).ToContainTextAsync(second);

        await page.GotoAsync(new Uri(host.BaseAddress, "present?notice=ndrc-1999-1").ToString());
        await Assertions.Expect(page.GetByTestId("notice-unknown")).ToContainTextAsync("ndrc-1999-1");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_place_named_by_both_notices_lists_both_and_links_to_the_other()
    {
        await using var db = host.Database.CreateContext();
        var code = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Practices.Where(p => p.NoticeId == TwoNoticesHost.SecondId
                && db.Practices.Any(q => q.NoticeId == TwoNoticesHost.FirstId && q.AdminCode == p.AdminCode))
                .OrderBy(p => p.AdminCode).Select(p => p.AdminCode), TestContext.Current.CancellationToken);

        var page = await OpenAsync($"?notice={TwoNoticesHost.FirstId}&sel={code}");
        await page.WaitForMapReadyAsync();
        var notices = page.GetByTestId("detail-notice");
        await Assertions.Expect(notices).ToHaveCountAsync(2);
        await Assertions.Expect(notices.Nth(0)).ToContainTextAsync("No.901");
        await Assertions.Expect(notices.Nth(1)).ToContainTextAsync("No.668");
        await Assertions.Expect(notices.Nth(1)).ToHaveAttributeAsync("aria-current", "true");
        await page.SaveScreenshotAsync("details-two-notices");

        await page.GetByTestId("detail-notice-switch").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"notice={TwoNoticesHost.SecondId}&.*sel={code}"));
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(NoticeName(page)).ToContainTextAsync("No.901");
        await Assertions.Expect(page.GetByTestId("detail-notice").Nth(0)).ToHaveAttributeAsync("aria-current", "true");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_choropleth_counts_the_notice_shown_or_all_notices()
    {
        var second = (await DashboardDatabase.LocalitiesAsync(host.Database, p => p.NoticeId == TwoNoticesHost.SecondId)).ToString();
        var all = (await DashboardDatabase.LocalitiesAsync(host.Database)).ToString();
        Assert.NotEqual(second, all);

        var page = await OpenAsync($"?notice={TwoNoticesHost.SecondId}&mode=provinces");
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-counted-localities", second);

        await page.GetByRole(AriaRole.Radio, new() { Name = "all notices" }).CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("counts=all"));
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-counted-localities", all);
        await page.SaveScreenshotAsync("choropleth-all-notices");

        // The choice is part of the link: opened again, the map counts over all notices.
        await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-counted-localities", all);
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "all notices" })).ToBeCheckedAsync();
        await page.Context.CloseAsync();
    }
}
