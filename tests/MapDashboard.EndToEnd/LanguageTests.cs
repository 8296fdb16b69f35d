using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

public class LanguageTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<IPage> OpenAsync(string path = "", string? initScript = null)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, AcceptDownloads = true });
        if (initScript is not null) await context.AddInitScriptAsync(initScript);
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await WhenReadyAsync(page);
        return page;
    }

    private static async Task WhenReadyAsync(IPage page)
    {
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
    }

    /// <summary>The switch reloads the page through /culture/set; the new document carries the new lang.</summary>
    private static async Task SwitchToChineseAsync(IPage page)
    {
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN", new() { Timeout = 30_000 });
        await WhenReadyAsync(page);
    }

    [Fact]
    public async Task Switching_to_Chinese_changes_the_interface_texts_and_keeps_the_view()
    {
        var page = await OpenAsync("?m=10");
        await Assertions.Expect(page.GetByTestId("language-switch")).ToHaveTextAsync("中文");

        await SwitchToChineseAsync(page);

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"[?&]m=10(&|$)"));
        await Assertions.Expect(page.Locator(".filter-heading")).ToContainTextAsync("举措");
        await Assertions.Expect(page.GetByTestId("copy-link")).ToHaveTextAsync("复制链接");
        await Assertions.Expect(page.GetByTestId("mode-toggle")).ToContainTextAsync("按省份");
        await Assertions.Expect(page.GetByTestId("summary")).ToContainTextAsync("个地区");
        await Assertions.Expect(page.Locator(".practice-grid thead")).ToContainTextAsync("关键数字");
        await Assertions.Expect(page.Locator(".practice-grid tbody tr.practice-row").Filter(new() { HasText = "Huadu District" }))
            .ToContainTextAsync("市辖区");
        await Assertions.Expect(page.GetByTestId("language-switch")).ToHaveTextAsync("English");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_page_opened_with_a_language_in_its_address_stays_in_it_once_interactive()
    {
        var page = await OpenAsync("?culture=zh-CN");

        // The practice list is rendered by the circuit only: it speaks the language the page was first drawn in.
        await Assertions.Expect(page.Locator(".practice-grid thead")).ToContainTextAsync("关键数字");
        await Assertions.Expect(page.Locator(".filter-heading")).ToContainTextAsync("举措");
        await Assertions.Expect(page.GetByTestId("language-switch")).ToHaveTextAsync("English");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_choice_is_remembered_across_a_reload_and_can_be_undone()
    {
        var page = await OpenAsync();
        await SwitchToChineseAsync(page);

        await page.ReloadAsync();
        await WhenReadyAsync(page);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.Locator(".filter-heading")).ToContainTextAsync("举措");

        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en", new() { Timeout = 30_000 });
        await WhenReadyAsync(page);
        await Assertions.Expect(page.Locator(".filter-heading")).ToContainTextAsync("Measures");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_Chinese_the_popup_and_the_details_count_in_wan()
    {
        var page = await OpenAsync();
        await SwitchToChineseAsync(page);

        var search = page.GetByRole(AriaRole.Combobox).Or(page.Locator("[data-testid=place-search] input")).First;
        await search.FillAsync("湘潭");
        // The search's own suggestion (the list below the map names the same place, and its button selects without a popup).
        await page.GetByTestId("filter-panel").GetByRole(AriaRole.Option).Filter(new() { HasTextRegex = new Regex("湘潭市 Xiangtan City") }).First.ClickAsync();

        var popup = page.Locator(".leaflet-popup");
        await Assertions.Expect(popup).ToContainTextAsync("湘潭市");
        await Assertions.Expect(popup.Locator(".locality-popup-meta")).ToHaveTextAsync("地级市 · 湖南省");
        await Assertions.Expect(popup).ToContainTextAsync("约2.9万 sets of public rental housing");
        await Assertions.Expect(page.GetByTestId("locality-detail")).ToContainTextAsync("约2.9万 sets of public rental housing");
        await Assertions.Expect(page.GetByTestId("detail-source").First).ToHaveTextAsync("在通知原文中查看");
        await page.SaveScreenshotAsync("dashboard-zh");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task In_Chinese_a_province_s_tooltip_counts_its_pilot_localities_in_Chinese()
    {
        var page = await OpenAsync();
        await SwitchToChineseAsync(page);
        await page.Locator(".mud-toggle-item").Filter(new() { HasText = "按省份" }).ClickAsync();
        var map = page.GetByTestId("map");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-mode", "provinces");

        // A person points at Qinghai, just below its label (labels let the pointer through to the provinces). A pointer
        // that arrives while the map is still settling shows nothing, so they move off and point again, as people do.
        var label = (await map.Locator(".base-label[data-code='630000']").BoundingBoxAsync())!;
        var (x, y) = (label.X + label.Width / 2, label.Y + label.Height + 10);
        var tooltip = page.Locator(".leaflet-tooltip");
        for (var attempt = 0; attempt < 5 && !await tooltip.IsVisibleAsync(); attempt++)
        {
            await page.Mouse.MoveAsync(x - 40, y - 40);
            await page.Mouse.MoveAsync(x, y, new() { Steps = 5 });
            try { await tooltip.WaitForAsync(new() { Timeout = 2_000 }); }
            catch (PlaywrightException) { } // not shown yet: point again
        }
        await Assertions.Expect(tooltip).ToContainTextAsync(new Regex(@"\d+ 个试点地区"));
        await Assertions.Expect(tooltip).Not.ToContainTextAsync("pilot localities");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Records the text of the frame the PNG export lays out around the map (title, legend, footer) while it is in the
    /// page: the image is a capture of that frame, so its words are the image's words.
    /// </summary>
    private const string RecordExportFrameTexts = """
        window.exportTexts = [];
        new MutationObserver((records) => {
            for (const record of records)
                for (const node of record.addedNodes)
                    if (node instanceof Element && node.querySelector('[data-map-slot]')) window.exportTexts.push(node.textContent);
        }).observe(document, { childList: true, subtree: true });
        """;

    [Fact]
    public async Task In_Chinese_the_exported_image_says_when_it_was_exported_in_Chinese()
    {
        var page = await OpenAsync(initScript: RecordExportFrameTexts);
        await SwitchToChineseAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "导出" }).ClickAsync();
        await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Menuitem, new() { Name = "PNG：当前地图" }).ClickAsync());

        var texts = await page.EvaluateAsync<string[]>("() => window.exportTexts");
        // The image's footer: MapDashboard · the notice · 导出于 <date the browser took, in UTC>.
        Assert.Contains(texts, t => t.Contains($"导出于 {DateTime.UtcNow:yyyy-MM-dd}"));
        Assert.DoesNotContain(texts, t => t.Contains("exported"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_compare_and_presenter_pages_speak_Chinese_too()
    {
        var page = await OpenAsync();
        await SwitchToChineseAsync(page);

        await page.GotoAsync(new Uri(host.BaseAddress, "compare?codes=430300,431000").ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator(".compare-title")).ToHaveTextAsync("对比地区");
        await Assertions.Expect(page.GetByTestId("compare-grid")).ToContainTextAsync("地级市");
        await page.SaveScreenshotAsync("compare-zh");

        await page.GotoAsync(new Uri(host.BaseAddress, "present/1").ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("presenter-caption")).ToContainTextAsync("个试点地区");
        await Assertions.Expect(page.GetByTestId("map")).ToHaveAttributeAsync("data-visible-localities", new Regex("^[1-9]"), new() { Timeout = 30_000 });
        await page.SaveScreenshotAsync("presenter-zh");
        await page.Context.CloseAsync();
    }
}
