using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Accessibility;

/// <summary>
/// The place search with its places listed and the Export menu open, as axe-core checks them (WCAG 2.2 AA), in both
/// languages, on a desktop and on a phone; the screenshots are there to look at.
/// </summary>
public class SearchAndMenuAccessibilityTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<IPage> OpenAsync(string culture, int width, int height)
    {
        // BypassCSP: axe-core is injected as an inline script (see AccessibilityTests).
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height }, BypassCSP = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"?culture={culture}").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        return page;
    }

    [Theory]
    [InlineData("en", 1440, 900, "Toggle filters")]
    [InlineData("zh-CN", 1440, 900, "显示或隐藏筛选")]
    [InlineData("en", 412, 823, "Toggle filters")]
    [InlineData("zh-CN", 412, 823, "显示或隐藏筛选")]
    public async Task The_search_with_its_places_listed_has_no_violations(string culture, int width, int height, string toggleFilters)
    {
        var page = await OpenAsync(culture, width, height);
        var search = page.GetByRole(AriaRole.Combobox);
        // A phone starts with the drawer closed.
        if (!await search.IsVisibleAsync()) await page.GetByRole(AriaRole.Button, new() { Name = toggleFilters }).ClickAsync();
        await search.FillAsync("湘");

        var options = page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option);
        await Assertions.Expect(options.Nth(2)).ToBeVisibleAsync();
        await Assertions.Expect(search).ToHaveAttributeAsync("aria-expanded", "true");
        var box = (await options.First.BoundingBoxAsync())!;
        Assert.True(box.Height >= 24, $"an option should be a target of 24 px at least, is {box.Height}");
        await page.SaveScreenshotAsync($"search-open-{culture}-{width}");
        await AxeScan.ExpectNoViolationsAsync(page, "search listing places");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("en", 1440, 900, "Export")]
    [InlineData("zh-CN", 1440, 900, "导出")]
    [InlineData("en", 412, 823, "Export")]
    [InlineData("zh-CN", 412, 823, "导出")]
    public async Task The_open_export_menu_has_no_violations(string culture, int width, int height, string export)
    {
        var page = await OpenAsync(culture, width, height);
        await page.GetByRole(AriaRole.Button, new() { Name = export }).ClickAsync();

        var items = page.GetByRole(AriaRole.Menu).GetByRole(AriaRole.Menuitem);
        await Assertions.Expect(items).ToHaveCountAsync(5);
        foreach (var item in await items.AllAsync())
            await Assertions.Expect(item).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.SaveScreenshotAsync($"export-menu-open-{culture}-{width}");
        await AxeScan.ExpectNoViolationsAsync(page, "export menu open");
        await page.Context.CloseAsync();
    }
}
