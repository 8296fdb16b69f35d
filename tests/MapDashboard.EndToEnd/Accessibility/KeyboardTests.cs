using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Accessibility;

/// <summary>A person who uses the keyboard and a screen reader finds a place without the map and hears what opened.</summary>
public class KeyboardTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    [Fact]
    public async Task A_place_found_with_the_keyboard_opens_its_details_and_is_announced_with_each_name_in_its_language()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "?culture=en").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.GetByTestId("selection-announcement")).ToBeEmptyAsync();

        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Find a place" }).Or(page.Locator("[data-testid=place-search] input")).First;
        await search.FocusAsync();
        await page.Keyboard.TypeAsync("Xiangtan");
        // The best match comes first and is highlighted (below it: Xiangtan County, which is not a pilot): Enter takes it.
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("Xiangtan City");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("湘潭市");
        await Assertions.Expect(page.GetByTestId("selection-announcement")).ToHaveAttributeAsync("role", "status");
        await Assertions.Expect(page.GetByTestId("selection-announcement")).ToContainTextAsync(new Regex("湘潭市.*Xiangtan City"));
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.GetByTestId("selection-announcement").Locator("[lang='zh-CN']")).ToHaveTextAsync("湘潭市");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_focused_control_shows_an_outline()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "?culture=en").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        await page.GetByTestId("copy-link").FocusAsync();
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.GetByTestId("copy-link").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle + ' ' + getComputedStyle(e).outlineWidth");
        Assert.Equal("solid 2px", outline);
        await context.CloseAsync();
    }
}
