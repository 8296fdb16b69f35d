using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Accessibility;

/// <summary>
/// WCAG 2.2 AA as axe-core checks it, on every page a person sees, in both interface languages: the message lists each
/// failing element, so a failure says what to fix.
/// </summary>
public class AccessibilityTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<IPage> OpenAsync(string path, string culture)
    {
        // BypassCSP: axe-core is injected as an inline script, which the app's CSP refuses (as it should: only the import
        // map carries the page's nonce). ContentSecurityPolicyTests checks the policy; these check accessibility.
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BypassCSP = true });
        var page = await context.NewPageAsync();
        var separator = path.Contains('?') ? '&' : '?';
        await page.GotoAsync(new Uri(host.BaseAddress, $"{path}{separator}culture={culture}").ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        // Until boot.js has applied the whole stylesheets the page wears its first-paint part.
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        return page;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task The_dashboard_without_a_selection_has_no_violations(string culture)
    {
        var page = await OpenAsync("", culture);
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.Locator(".practice-grid tbody tr.practice-row").First).ToBeVisibleAsync();
        await AxeScan.ExpectNoViolationsAsync(page, "dashboard");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task The_dashboard_with_its_list_sorted_and_a_place_highlighted_in_it_has_no_violations(string culture)
    {
        var page = await OpenAsync("?sort=-locality&sel=640104", culture);
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.Locator(".practice-grid .grid-locality[aria-current=true]").First).ToBeVisibleAsync();
        await AxeScan.ExpectNoViolationsAsync(page, "dashboard with the list sorted and a place highlighted");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task The_dashboard_with_a_place_selected_and_its_details_open_has_no_violations(string culture)
    {
        var page = await OpenAsync("", culture);
        await page.WaitForMapReadyAsync();
        await page.Locator(".locality-marker").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("locality-detail")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToBeVisibleAsync();
        await AxeScan.ExpectNoViolationsAsync(page, "dashboard with details");
        await page.SaveScreenshotAsync($"a11y-details-{culture}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("present/1", "en")]
    [InlineData("present/3", "en")]
    [InlineData("present/3", "zh-CN")]
    [InlineData("present/17", "zh-CN")]
    public async Task A_presenter_step_has_no_violations(string path, string culture)
    {
        var page = await OpenAsync(path, culture);
        await Assertions.Expect(page.GetByTestId("map")).ToHaveAttributeAsync("data-visible-localities", new System.Text.RegularExpressions.Regex("^[1-9]"));
        await AxeScan.ExpectNoViolationsAsync(page, path);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("compare?codes=440114,510184", "en")]
    [InlineData("compare?codes=440114,510184", "zh-CN")]
    [InlineData("compare?codes=440114,510184&scale=same", "zh-CN")]
    [InlineData("compare", "en")]
    public async Task The_compare_page_has_no_violations(string path, string culture)
    {
        var page = await OpenAsync(path, culture);
        // The small maps with their scale bars and province outlines are part of what is checked.
        foreach (var map in await page.GetByTestId("compare-map").AllAsync())
            await Assertions.Expect(map).ToHaveAttributeAsync("data-place-zoom", new System.Text.RegularExpressions.Regex(@"^\d"), new() { Timeout = 30_000 });
        await AxeScan.ExpectNoViolationsAsync(page, path);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("notice", "en")]
    [InlineData("notice", "zh-CN")]
    public async Task The_notice_has_no_violations(string path, string culture)
    {
        var page = await OpenAsync(path, culture);
        await AxeScan.ExpectNoViolationsAsync(page, path);
        await page.Context.CloseAsync();
    }
}
