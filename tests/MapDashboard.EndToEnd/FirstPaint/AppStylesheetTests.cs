using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.FirstPaint;

/// <summary>
/// After the first picture boot.js applies MudBlazor's stylesheet without what the app never draws (AppStylesheet):
/// the committed file is up to date, and no page, open or opened, draws a class whose rules it left out.
/// </summary>
public class AppStylesheetTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    [Fact]
    public async Task The_committed_app_stylesheet_is_MudBlazor_s_without_what_the_app_never_draws()
    {
        var built = await AppStylesheet.BuildAsync(host.BaseAddress);
        await GeneratedStylesheet.AssertUpToDateAsync(AppStylesheet.CommittedPath, built, "the app's sources or MudBlazor");
        Assert.True(built.Length < 350_000, $"The app's part of MudBlazor's stylesheet is {built.Length} characters: it should be about half of the whole.");
    }

    [Theory]
    [InlineData("/", 1600, 1000)]
    [InlineData("/?culture=zh-CN&p=440000&sel=440114", 1600, 1000)]
    [InlineData("/", 412, 823)]
    [InlineData("/notice", 1600, 1000)]
    [InlineData("/present/3", 1600, 1000)]
    public async Task No_page_draws_a_class_whose_rules_the_app_stylesheet_left_out(string path, int width, int height)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.Locator("html[data-stylesheets='whole']").WaitForAsync(new() { Timeout = 30_000 });
        await page.Locator("[data-testid=map][data-ready='true'], .notice-page, .presenter[data-step]").First.WaitForAsync(new() { Timeout = 30_000 });
        Assert.Empty(await LeftOutClassesAsync(page));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Compare_with_its_unit_list_and_place_picker_open_draws_no_class_whose_rules_the_app_stylesheet_left_out()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "compare?codes=440114,510184").ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("compare-chart").Locator("svg").First).ToBeVisibleAsync();

        await page.Locator(".compare-unit-select .mud-select-input").First.ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").First.WaitForAsync(new() { Timeout = 10_000 });
        var withUnitList = await LeftOutClassesAsync(page);
        await page.Keyboard.PressAsync("Escape");
        await page.Locator(".compare-picker input").FillAsync("Pidu");
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Pidu District" }).WaitForAsync();

        Assert.Empty(withUnitList);
        Assert.Empty(await LeftOutClassesAsync(page));
        await context.CloseAsync();
    }

    private static async Task<string[]> LeftOutClassesAsync(IPage page)
    {
        var drawn = await page.EvaluateAsync<string[]>(
            "() => [...new Set([...document.querySelectorAll('[class]')].flatMap(e => [...e.classList]))]");
        return drawn.Where(c => AppStylesheet.IsLeftOut(c, AppStylesheet.NamedInTheApp)).ToArray();
    }
}
