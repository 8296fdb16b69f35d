using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>The list follows the map: a selected place's rows are highlighted and in view; its sort and filter live in the URL.</summary>
public class PracticeListTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
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

    private static ILocator SelectedRows(IPage page) => page.Locator(".practice-grid tbody tr:has(.grid-locality[aria-current=true])");

    /// <summary>The row lies inside the list's scrolled box, below its header: a person sees it without scrolling.</summary>
    private static async Task AssertInListViewAsync(IPage page, ILocator row)
    {
        var box = (await page.Locator(".practice-scroll").BoundingBoxAsync())!;
        var r = (await row.BoundingBoxAsync())!;
        Assert.True(r.Y >= box.Y && r.Y + r.Height <= box.Y + box.Height + 1, $"row at {r.Y}..{r.Y + r.Height}, list shows {box.Y}..{box.Y + box.Height}");
    }

    [Fact]
    public async Task A_place_selected_by_the_URL_has_its_rows_highlighted_and_scrolled_into_the_list()
    {
        // Yinchuan's Xingqing District sorts near the end of the list: far below what the list shows at first.
        var page = await OpenAsync("?sel=640104");
        await Assertions.Expect(SelectedRows(page).First).ToBeVisibleAsync();
        await Assertions.Expect(SelectedRows(page).First).ToContainTextAsync("Xingqing District");
        await AssertInListViewAsync(page, SelectedRows(page).First);
        await Assertions.Expect(SelectedRows(page).First.Locator(".grid-locality")).ToHaveAttributeAsync("aria-current", "true");
        // Highlighted: its cells are tinted blue, the rows around it are not.
        await Assertions.Expect(SelectedRows(page).First.Locator("td").First).ToHaveCSSAsync("background-color", "rgb(227, 238, 250)");
        await Assertions.Expect(page.Locator(".practice-grid tbody tr.practice-row:not(:has([aria-current]))").First.Locator("td").First)
            .Not.ToHaveCSSAsync("background-color", "rgb(227, 238, 250)");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_place_chosen_on_the_map_scrolls_the_list_to_it()
    {
        var page = await OpenAsync();
        var search = page.Locator("input[data-testid=place-search]");
        await search.FillAsync("兴庆");
        await page.GetByTestId("filter-panel").GetByRole(AriaRole.Option).Filter(new() { HasText = "兴庆区" }).ClickAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-focused", "640104");
        await Assertions.Expect(SelectedRows(page).First).ToContainTextAsync("Xingqing District");
        await AssertInListViewAsync(page, SelectedRows(page).First);
        await page.SaveScreenshotAsync("list-follows-map");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_locality_in_the_list_is_selected_from_the_keyboard()
    {
        var page = await OpenAsync("?m=10");
        var button = page.Locator(".practice-grid .grid-locality").Filter(new() { HasText = "Huadu District" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-focused", "440114");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]sel=440114(&|$)"));
        await Assertions.Expect(SelectedRows(page)).Not.ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Typing_in_the_filter_narrows_the_list_and_the_link_and_clearing_it_brings_every_row_back()
    {
        var page = await OpenAsync();
        var rows = page.Locator(".practice-grid tbody tr.practice-row");
        var filter = page.GetByLabel("Filter the list");
        await filter.PressSequentiallyAsync("Sichuan", new() { Delay = 40 });
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=Sichuan(&|$)"));
        await Assertions.Expect(rows.First).ToContainTextAsync("Sichuan Province");
        Assert.All(await rows.Locator("td:nth-child(3) [lang=en]").AllTextContentsAsync(), p => Assert.Equal("Sichuan Province", p));

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear the filter" }).ClickAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex(@"[?&]q="));
        await Assertions.Expect(filter).ToHaveValueAsync("");
        await Assertions.Expect(filter).ToBeFocusedAsync();
        await Assertions.Expect(rows.Locator("td:nth-child(3) [lang=en]").Filter(new() { HasNotText = "Sichuan Province" }).First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sorting_and_filtering_the_list_are_kept_in_the_link()
    {
        var page = await OpenAsync();
        await page.Locator(".practice-grid th .grid-sort").Filter(new() { HasText = "Locality" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]sort=locality(&|$)"));
        await Assertions.Expect(page.GetByRole(AriaRole.Columnheader, new() { Name = "Locality" })).ToHaveAttributeAsync("aria-sort", "ascending");
        await page.Locator("input[data-testid=grid-filter]").FillAsync("Sichuan");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]q=Sichuan(&|$)"));

        var link = page.Url;
        var again = await OpenAsync(new Uri(link).PathAndQuery.TrimStart('/'));
        await Assertions.Expect(again.Locator("input[data-testid=grid-filter]")).ToHaveValueAsync("Sichuan");
        await Assertions.Expect(again.GetByRole(AriaRole.Columnheader, new() { Name = "Locality" })).ToHaveAttributeAsync("aria-sort", "ascending");
        var rows = again.Locator(".practice-grid tbody tr.practice-row");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        // Every row listed is in Sichuan, sorted by locality.
        var provinces = await rows.Locator("td:nth-child(3) [lang=en]").AllTextContentsAsync();
        Assert.NotEmpty(provinces);
        Assert.All(provinces, p => Assert.Equal("Sichuan Province", p));
        var localities = await rows.Locator("td:nth-child(2) [lang=en]").AllTextContentsAsync();
        Assert.Equal(localities.Order(StringComparer.Ordinal).ToList(), localities.ToList());
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }
}
