using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

public class DashboardTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<IPage> OpenAsync(string path = "", int width = 1600, int height = 1000)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        return page;
    }

    private static ILocator Map(IPage page) => page.Locator("[data-testid=map]");

    [Fact]
    public async Task Every_plotted_locality_in_the_database_is_on_the_map()
    {
        var page = await OpenAsync();
        var expected = (await DashboardDatabase.LocalitiesAsync(host.Database)).ToString();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-plotted-localities", expected);
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-visible-localities", expected);
        await Assertions.Expect(page.GetByTestId("summary")).ToContainTextAsync($"{expected} localities");
        await page.SaveScreenshotAsync("dashboard-national");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Switching_a_measure_off_removes_exactly_the_localities_only_it_holds()
    {
        var page = await OpenAsync();
        var remaining = await DashboardDatabase.LocalitiesAsync(host.Database, p => p.MeasureNumber != 2);
        var practices = await DashboardDatabase.PracticesAsync(host.Database, p => p.MeasureNumber != 2);

        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^Measure 2:") }).ClickAsync();

        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-visible-localities", remaining.ToString());
        await Assertions.Expect(page.GetByTestId("summary")).ToContainTextAsync($"{remaining} localities · {practices} practices");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]m="));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Choosing_one_province_narrows_the_map_the_counts_and_the_list()
    {
        var page = await OpenAsync();
        var localities = await DashboardDatabase.LocalitiesAsync(host.Database, p => p.Locality!.ProvinceCode == "440000");
        var practices = await DashboardDatabase.PracticesAsync(host.Database, p => p.Locality!.ProvinceCode == "440000");

        await page.GetByTestId("province-select").ClickAsync();
        await page.GetByText(new Regex(@"广东省 Guangdong Province \(\d+\)")).ClickAsync();
        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-visible-localities", localities.ToString());
        await Assertions.Expect(page.GetByTestId("summary")).ToContainTextAsync($"{localities} localities · {practices} practices");
        var provinces = await page.Locator(".practice-grid tbody tr.practice-row td:nth-child(3)").AllInnerTextsAsync();
        Assert.NotEmpty(provinces);
        Assert.All(provinces, p => Assert.Contains("Guangdong", p));
        await page.SaveScreenshotAsync("dashboard-province-guangdong");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Searching_a_Chinese_name_flies_to_the_place_and_opens_its_figures()
    {
        var page = await OpenAsync();
        var search = page.GetByRole(AriaRole.Combobox).Or(page.Locator("[data-testid=place-search] input")).First;
        await search.FillAsync("花都");
        await page.GetByText(new Regex("花都区 Huadu District")).ClickAsync();

        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-focused", "440114");
        var popup = page.Locator(".leaflet-popup");
        await Assertions.Expect(popup).ToContainTextAsync("花都区");
        await Assertions.Expect(popup).ToContainTextAsync("about 230,000,000 yuan");
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("花都区");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]sel=440114(&|$)"));
        await page.SaveScreenshotAsync("dashboard-search-huadu");

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(popup).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_row_of_the_list_opens_that_locality()
    {
        var page = await OpenAsync("?m=10");
        await page.Locator(".practice-grid tbody tr.practice-row").Filter(new() { HasText = "Huadu District" }).ClickAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-focused", "440114");
        await Assertions.Expect(page.GetByTestId("locality-detail")).ToContainTextAsync("Huadu District");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Province_mode_shades_provinces_and_a_click_filters_to_one()
    {
        var page = await OpenAsync();
        await page.Locator(".mud-toggle-item").Filter(new() { HasText = "Provinces" }).ClickAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-mode", "provinces");
        await Assertions.Expect(page.GetByTestId("legend")).ToContainTextAsync("Pilot localities per province");
        await page.SaveScreenshotAsync("dashboard-province-mode");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_marker_reached_by_keyboard_opens_with_Enter_and_closes_with_Escape()
    {
        var page = await OpenAsync("?p=440000");
        var marker = page.Locator(".leaflet-marker-icon[title*='花都区']");
        await marker.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToContainTextAsync("Huadu District");
        // Enter selects the place as a click does (details beside the map), and the popup stays open.
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("花都区");
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToContainTextAsync("Huadu District");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_drawer_starts_closed_and_the_map_keeps_the_width()
    {
        var page = await OpenAsync(width: 390, height: 800);
        await Assertions.Expect(page.Locator("aside[aria-label=Filters]")).Not.ToHaveClassAsync(new Regex("mud-drawer--open"));
        var box = await Map(page).BoundingBoxAsync();
        Assert.True(box is { Width: > 350, Height: > 200 }, $"map was {box?.Width}x{box?.Height}");
        await page.SaveScreenshotAsync("dashboard-phone");
        await page.Locator("button[aria-label='Toggle filters']").ClickAsync();
        await Assertions.Expect(page.Locator("aside[aria-label=Filters]")).ToHaveClassAsync(new Regex("mud-drawer--open"));
        await page.Context.CloseAsync();
    }

    private const string PhoneUserAgent =
        "Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

    // Records whether the filter panel was ever in the page, from the first byte of the prerendered HTML on.
    private const string WatchForFilters = """
        new MutationObserver(() => { if (document.querySelector('[data-testid=filter-panel]')) window.filtersDrawn = true; })
            .observe(document, { childList: true, subtree: true });
        """;

    private async Task<IPage> OpenWatchingFiltersAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        return page;
    }

    private static async Task TheDrawerOpensWithItsFiltersAsync(IPage page)
    {
        Assert.False(await page.EvaluateAsync<bool>("() => window.filtersDrawn === true"), "the filters were drawn on a phone before anyone asked");
        await Assertions.Expect(page.Locator("aside[aria-label=Filters]")).Not.ToHaveClassAsync(new Regex("mud-drawer--open"));
        await page.Locator("button[aria-label='Toggle filters']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("filter-panel")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_phone_never_draws_the_filters_until_the_drawer_is_opened()
    {
        var context = await host.Browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new() { Width = 390, Height = 800 }, UserAgent = PhoneUserAgent, IsMobile = true, HasTouch = true,
        });
        await context.AddInitScriptAsync(WatchForFilters);
        var page = await OpenWatchingFiltersAsync(context);
        await TheDrawerOpensWithItsFiltersAsync(page);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_narrow_window_seen_once_gets_the_drawer_closed_from_the_start_on_the_next_page()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 800 } });
        await (await OpenWatchingFiltersAsync(context)).CloseAsync();
        await context.AddInitScriptAsync(WatchForFilters);
        var page = await OpenWatchingFiltersAsync(context);
        await TheDrawerOpensWithItsFiltersAsync(page);
        await context.CloseAsync();
    }
}
