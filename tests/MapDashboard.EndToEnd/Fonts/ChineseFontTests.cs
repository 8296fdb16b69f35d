using System.Text.Json;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Fonts;

/// <summary>
/// This machine has no Chinese system fonts (as many intranet PCs and kiosks): without the self-hosted webfont every
/// Chinese character is drawn as an empty box. These tests look at what Chromium actually draws.
/// </summary>
public class ChineseFontTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private const int ChinesePageFontBudget = 400 * 1024;

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        await Assertions.Expect(page.Locator(".practice-grid tbody tr.practice-row").First).ToBeVisibleAsync();
        await page.EvaluateAsync("() => document.fonts.ready");
        return page;
    }

    /// <summary>Bytes of woff2 files the page fetched, as transferred (headers and body).</summary>
    private static Task<double> FontBytesAsync(IPage page) => page.EvaluateAsync<double>("""
        () => performance.getEntriesByType('resource')
            .filter(e => new URL(e.name).pathname.endsWith('.woff2'))
            .reduce((sum, e) => sum + e.transferSize, 0)
        """);

    [Fact]
    public async Task Chinese_is_drawn_with_real_glyphs_not_with_the_missing_glyph_boxes()
    {
        var page = await OpenAsync("?culture=zh-CN");

        // The same two characters drawn in the page's font stack and in the system's sans-serif alone (which here has
        // no Chinese: boxes), and two characters no font has (boxes for sure).
        var drawings = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const app = getComputedStyle(document.body).fontFamily;
                await document.fonts.load(`32px ${app}`, '中文');
                const draw = (text, family) => {
                    const canvas = document.createElement('canvas');
                    canvas.width = 96; canvas.height = 48;
                    const ctx = canvas.getContext('2d');
                    ctx.font = `32px ${family}`;
                    ctx.fillText(text, 8, 38);
                    return canvas.toDataURL();
                };
                return { app: draw('中文', app), system: draw('中文', 'sans-serif'), missing: draw('\uE000\uE001', 'sans-serif') };
            }
            """);
        var app = drawings.GetProperty("app").GetString();
        var system = drawings.GetProperty("system").GetString();
        var missing = drawings.GetProperty("missing").GetString();
        Assert.Equal(missing, system); // precondition: this machine itself has no Chinese glyphs
        Assert.NotEqual(missing, app);

        // The map's province labels are page text: the browser says which font drew them.
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("DOM.enable");
        await cdp.SendAsync("CSS.enable");
        var root = await cdp.SendAsync("DOM.getDocument");
        var label = await cdp.SendAsync("DOM.querySelector", new Dictionary<string, object>
        {
            ["nodeId"] = root!.Value.GetProperty("root").GetProperty("nodeId").GetInt32(),
            ["selector"] = ".base-label-zh",
        });
        var fonts = await cdp.SendAsync("CSS.getPlatformFontsForNode", new Dictionary<string, object>
        {
            ["nodeId"] = label!.Value.GetProperty("nodeId").GetInt32(),
        });
        var families = fonts!.Value.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("familyName").GetString()).ToList();
        Assert.Contains(families, f => f!.StartsWith("Noto Sans SC", StringComparison.Ordinal));

        await page.Locator(".locality-marker").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToBeVisibleAsync();
        await page.EvaluateAsync("() => document.fonts.ready");
        await page.SaveScreenshotAsync("chinese-font-dashboard-zh");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")] // the English dashboard shows the places' Chinese names too (list, map labels)
    public async Task The_dashboard_fetches_at_most_400_KB_of_font(string culture)
    {
        var page = await OpenAsync($"?culture={culture}");
        var bytes = await FontBytesAsync(page);
        TestContext.Current.TestOutputHelper?.WriteLine($"{culture}: {bytes} bytes of font");
        Assert.InRange(bytes, 1, ChinesePageFontBudget);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task An_English_page_without_Chinese_names_fetches_only_the_two_characters_of_its_language_switch()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "notice?culture=en").ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByTestId("notice-text")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        await page.EvaluateAsync("() => document.fonts.ready");

        var bytes = await FontBytesAsync(page);
        TestContext.Current.TestOutputHelper?.WriteLine($"English notice: {bytes} bytes of font");
        // 中文 in its own slice of a few KB (build-cjk-font.mjs), not one of the interface's or the names'.
        Assert.InRange(bytes, 1, 4 * 1024);
        await context.CloseAsync();
    }
}
