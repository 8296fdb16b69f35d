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

        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Find a place" });
        await search.FocusAsync();
        await page.Keyboard.TypeAsync("Xiangtan");
        // The best match comes first and is highlighted (below it: Xiangtan County, which is not a pilot): Enter takes it.
        var first = page.GetByRole(AriaRole.Listbox, new() { Name = "Find a place" }).GetByRole(AriaRole.Option).First;
        await Assertions.Expect(first).ToContainTextAsync("Xiangtan City");
        await Assertions.Expect(search).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await Assertions.Expect(page.GetByTestId("place-search-status")).ToHaveTextAsync(new Regex(@"^\d+ places$"));
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
    public async Task Enter_pressed_at_once_after_typing_takes_the_place_typed_not_one_of_the_list_shown_before()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "?culture=en").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        // Down in the empty box lists every pilot, 延庆区 (Yanqing) first and active: the list a stale Enter would take from.
        var search = page.GetByRole(AriaRole.Combobox, new() { Name = "Find a place" });
        await search.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        var options = page.GetByRole(AriaRole.Listbox, new() { Name = "Find a place" }).GetByRole(AriaRole.Option);
        await Assertions.Expect(options.First).ToHaveAttributeAsync("aria-selected", "true");
        var firstListed = await options.First.Locator("[lang='zh-CN']").TextContentAsync();
        Assert.NotEqual("湘潭市", firstListed);

        // Typed and Enter at once: the search for 湘潭 has not even started (the box waits 200 ms for more typing).
        await page.Keyboard.InsertTextAsync("湘潭");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("湘潭市");
        await Assertions.Expect(search).ToHaveValueAsync("湘潭市 Xiangtan City");
        await Assertions.Expect(search).ToHaveAttributeAsync("aria-expanded", "false");
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_export_menu_opens_moves_and_closes_from_the_keyboard()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "?culture=en").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();

        var button = page.GetByRole(AriaRole.Button, new() { Name = "Export" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
        var items = page.GetByRole(AriaRole.Menu, new() { Name = "Export" }).GetByRole(AriaRole.Menuitem);
        await Assertions.Expect(items).ToHaveCountAsync(5);
        await Assertions.Expect(items.First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowUp");
        await Assertions.Expect(page.GetByRole(AriaRole.Menuitem, new() { Name = "Print (A4 landscape)" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(items.First).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
        await Assertions.Expect(button).ToBeFocusedAsync();
        await Assertions.Expect(button).ToHaveAttributeAsync("aria-expanded", "false");

        // A click elsewhere closes it too, and chooses nothing.
        await button.ClickAsync();
        await Assertions.Expect(items.First).ToBeVisibleAsync();
        await page.Mouse.ClickAsync(700, 500);
        await Assertions.Expect(page.GetByRole(AriaRole.Menu)).ToHaveCountAsync(0);
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
