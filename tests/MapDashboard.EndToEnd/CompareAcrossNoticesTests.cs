using System.Text.RegularExpressions;
using MapDashboard.EndToEnd.Accessibility;
using Microsoft.Playwright;
using Xunit;
using static MapDashboard.EndToEnd.TwoNoticesDashboardHost;

namespace MapDashboard.EndToEnd;

/// <summary>
/// Compare with places from two notices: Huadu as the seed notice credits it beside Chenzhou as the second (newer)
/// notice does; each small map with its province and neighbouring units, fitted or at one scale for all.
/// </summary>
public class CompareAcrossNoticesTests(TwoNoticesDashboardHost host) : IClassFixture<TwoNoticesDashboardHost>
{
    private static readonly string Link = $"compare?codes={Seed}:440114,{Second}:431000";

    private async Task<IPage> OpenAsync(string path, string culture = "en", bool bypassCsp = false)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BypassCSP = bypassCsp });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"{path}&culture={culture}").ToString());
        await page.WaitForInteractiveAsync();
        return page;
    }

    private static ILocator Maps(IPage page) => page.GetByTestId("compare-map");

    /// <summary>Both small maps drawn, with their province outlined and the base map's boundary tiles in view loaded.</summary>
    private static async Task ExpectMapsDrawnAsync(IPage page, string tier)
    {
        await Assertions.Expect(Maps(page)).ToHaveCountAsync(2);
        for (var i = 0; i < 2; i++)
        {
            await Assertions.Expect(Maps(page).Nth(i)).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
            await Assertions.Expect(Maps(page).Nth(i)).ToHaveAttributeAsync($"data-{tier}-drawn", "true", new() { Timeout = 30_000 });
        }
    }

    [Fact]
    public async Task Two_places_from_two_notices_name_their_notices_and_show_their_neighbours_at_one_scale_on_request()
    {
        var page = await OpenAsync(Link);
        await using var _ = page.Context;

        var panels = page.GetByTestId("compare-panel");
        await Assertions.Expect(panels).ToHaveCountAsync(2);
        await Assertions.Expect(panels.Nth(0)).ToContainTextAsync("Huadu District");
        await Assertions.Expect(panels.Nth(0).GetByTestId("compare-notice")).ToContainTextAsync("No.668");
        await Assertions.Expect(panels.Nth(1)).ToContainTextAsync("Chenzhou City");
        await Assertions.Expect(panels.Nth(1).GetByTestId("compare-notice")).ToContainTextAsync("No.901");

        // Fitted: Huadu (a district) among its neighbouring counties, Chenzhou (a city) among prefectures; each with its
        // province outlined.
        await ExpectMapsDrawnAsync(page, "prefectures");
        await Assertions.Expect(Maps(page).Nth(0)).ToHaveAttributeAsync("data-counties-drawn", "true", new() { Timeout = 30_000 });
        await Assertions.Expect(Maps(page).Nth(0)).ToHaveAttributeAsync("data-place-province", "440000");
        await Assertions.Expect(Maps(page).Nth(1)).ToHaveAttributeAsync("data-place-province", "430000");
        await Assertions.Expect(Maps(page).Nth(0).Locator(".leaflet-adminLines-pane canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(Maps(page).Nth(0).Locator(".leaflet-placeProvince-pane path, .leaflet-placeProvince-pane canvas").First).ToBeAttachedAsync();
        var fitted = await Maps(page).EvaluateAllAsync<string[]>("maps => maps.map(m => m.dataset.placeZoom)");
        Assert.NotEqual(fitted[0], fitted[1]);
        await page.SaveScreenshotAsync("compare-two-notices-fitted");

        await page.GetByLabel("One scale for all maps").CheckAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]scale=same(&|$)"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"codes={Seed}:440114,{Second}:431000"));
        // Both maps move to the zoom of the one that needs the widest view; each applies it in its own time.
        var widest = fitted.Min(z => double.Parse(z!, System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(Maps(page).Nth(0)).ToHaveAttributeAsync("data-place-zoom", widest);
        await Assertions.Expect(Maps(page).Nth(1)).ToHaveAttributeAsync("data-place-zoom", widest);
        await ExpectMapsDrawnAsync(page, "prefectures");
        await page.SaveScreenshotAsync("compare-two-notices-one-scale");
    }

    [Fact]
    public async Task A_link_with_an_unknown_notice_says_so_and_shows_the_rest()
    {
        var page = await OpenAsync($"compare?codes=ndrc-1999-1:440114,{Second}:431000");
        await using var _ = page.Context;
        await Assertions.Expect(page.GetByTestId("unknown-codes")).ToContainTextAsync("There is no published notice “ndrc-1999-1”, so 440114 is left out");
        await Assertions.Expect(page.GetByTestId("compare-panel")).ToHaveCountAsync(1);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task Compare_across_notices_at_one_scale_has_no_axe_violations(string culture)
    {
        // BypassCSP: axe-core is injected as an inline script (see AccessibilityTests).
        var page = await OpenAsync(Link + "&scale=same", culture, bypassCsp: true);
        await using var _ = page.Context;
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        await ExpectMapsDrawnAsync(page, "prefectures");
        var violations = await AxeScan.ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations\n{string.Join("\n", violations)}");
        await page.SaveScreenshotAsync($"compare-two-notices-{culture}");
    }
}
