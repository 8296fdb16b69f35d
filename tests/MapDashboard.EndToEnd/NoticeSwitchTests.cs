using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

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
    public async Task The_app_bar_names_the_notice_of_the_link_and_switching_shows_the_other_notice()
    {
        var first = (await DashboardDatabase.LocalitiesAsync(host.Database, p => p.NoticeId == TwoNoticesHost.FirstId)).ToString();
        var second = (await DashboardDatabase.LocalitiesAsync(host.Database, p => p.NoticeId == TwoNoticesHost.SecondId)).ToString();
        Assert.NotEqual(first, second);

        var page = await OpenAsync("?notice=" + TwoNoticesHost.FirstId);
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(NoticeName(page)).ToContainTextAsync("No.668");
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", first);

        await NoticeName(page).ClickAsync();
        await page.GetByRole(AriaRole.Menuitem, new() { NameRegex = new Regex("No\\.901") }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("notice=" + TwoNoticesHost.SecondId));
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(NoticeName(page)).ToContainTextAsync("No.901");
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", second);
        await page.SaveScreenshotAsync("notice-switched");

        // Whatever else the address bar then records, it keeps the notice: a copied link shows the same notice.
        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^Measure 1:") }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"notice={TwoNoticesHost.SecondId}&.*m="));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_unknown_notice_is_said_in_words_with_a_link_to_the_current_notice()
    {
        var page = await OpenAsync("?notice=ndrc-1999-1");
        await Assertions.Expect(page.GetByTestId("notice-unknown")).ToContainTextAsync("ndrc-1999-1");
        await page.GetByTestId("notice-current-link").ClickAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("notice=" + TwoNoticesHost.SecondId));
        await page.Context.CloseAsync();
    }
}
