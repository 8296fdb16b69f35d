using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>The search box finds what people type: a pilot's city lists its pilots, and any other place is shown as not a pilot.</summary>
public class SearchAnyPlaceTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<IPage> OpenAsync(string path = "")
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        return page;
    }

    private static ILocator Map(IPage page) => page.Locator("[data-testid=map]");

    private static ILocator Search(IPage page) => page.Locator("input[data-testid=place-search]");

    /// <summary>A layer switch with its label text (the test id is on its checkbox).</summary>
    private static ILocator Toggle(IPage page, string testId) => page.Locator(".theme-group > label").Filter(new() { Has = page.GetByTestId(testId) });

    private static ILocator Options(IPage page) => page.GetByTestId("filter-panel").GetByRole(AriaRole.Option);

    [Theory]
    [InlineData("成都")]
    [InlineData("Chengdu")]
    public async Task A_pilots_city_lists_the_three_pilots_in_Chengdu_and_the_city_itself_as_not_a_pilot(string typed)
    {
        var page = await OpenAsync();
        await Search(page).FillAsync(typed);

        await Assertions.Expect(Options(page).Filter(new() { HasText = "郫都区 Pidu District" })).ToHaveCountAsync(1);
        await Assertions.Expect(Options(page).Filter(new() { HasText = "金堂县 Jintang County" })).ToHaveCountAsync(1);
        await Assertions.Expect(Options(page).Filter(new() { HasText = "崇州市 Chongzhou City" })).ToHaveCountAsync(1);
        var city = Options(page).Filter(new() { HasText = "成都市 Chengdu City" });
        await Assertions.Expect(city).ToContainTextAsync("not a pilot");

        await Options(page).Filter(new() { HasText = "崇州市 Chongzhou City" }).ClickAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-focused", "510184");
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("崇州市");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_county_that_is_not_a_pilot_flies_the_map_there_and_says_so()
    {
        var page = await OpenAsync();
        await Search(page).FillAsync("大邑");
        await Options(page).Filter(new() { HasText = "大邑县 Dayi County" }).ClickAsync();

        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-shown-place", "510129");
        var popup = page.Locator(".leaflet-popup.place-popup");
        await Assertions.Expect(popup).ToContainTextAsync("大邑县");
        await Assertions.Expect(popup).ToContainTextAsync("not a pilot");
        await Assertions.Expect(page.GetByTestId("selection-announcement")).ToContainTextAsync("not a pilot");
        Assert.True(double.Parse((await Map(page).GetAttributeAsync("data-zoom"))!, System.Globalization.CultureInfo.InvariantCulture) >= 7,
            "the map zooms in to the county");
        await Assertions.Expect(page.GetByTestId("locality-detail")).ToHaveCountAsync(0);
        await page.SaveScreenshotAsync("search-not-a-pilot");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_Chinese_the_measures_read_in_our_Chinese_marked_as_ours_beside_the_notices_English()
    {
        var page = await OpenAsync("?culture=zh-CN");
        var measure = Toggle(page, "measure-1");
        await Assertions.Expect(measure).ToContainTextAsync("深化户籍制度改革");
        await Assertions.Expect(measure).ToContainTextAsync("（译）");
        await Assertions.Expect(measure).ToContainTextAsync("Deepen the reform");
        await Assertions.Expect(measure.Locator("abbr.our-translation")).ToHaveAttributeAsync("title", new Regex("我们的翻译"));
        await Assertions.Expect(Toggle(page, "theme-1")).ToContainTextAsync("提高农业转移人口市民化质量");
        await page.SaveScreenshotAsync("measures-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_English_the_measures_read_as_the_notice_has_them()
    {
        var page = await OpenAsync("?culture=en");
        await Assertions.Expect(Toggle(page, "measure-1")).ToContainTextAsync("Deepen the reform");
        await Assertions.Expect(Toggle(page, "measure-1")).Not.ToContainTextAsync("（译）");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_search_box_draws_its_Chinese_placeholder_and_text_with_the_webfont()
    {
        var page = await OpenAsync("?culture=zh-CN");
        // Chromium drew a text field's Chinese (placeholder and typed text) as boxes on a machine without Chinese fonts
        // while system-ui led the stack, though the webfont later in it was loaded; fields name the webfont first (its
        // unicode-range keeps Latin on the system font). The browser reports the webfont either way, so the rule is
        // what is checked, and the screenshot is there to look at.
        var family = await Search(page).EvaluateAsync<string>("e => getComputedStyle(e).fontFamily");
        Assert.StartsWith("\"MapDashboard Sans SC\"", family);
        await Assertions.Expect(Search(page)).ToHaveAttributeAsync("placeholder", "中文、英文或拼音");
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.SaveScreenshotAsync("search-placeholder-zh");
        await page.Context.CloseAsync();
    }
}
