using System.Text.Json;
using System.Xml.Linq;
using MapDashboard.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Fonts;

/// <summary>
/// The interface's own Chinese (every Resources/*.zh*.resx text, the compare picker's placeholder among them) is drawn
/// from the app's own font slices (noto-sans-sc.css), not from the fallback's hundred slices, which a page applies only
/// once someone types. Like <see cref="ChineseFontTests"/>: this machine has no Chinese system font, so a character
/// the slices lack is drawn as the missing-glyph box.
/// </summary>
public class InterfaceGlyphTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    // Draws each character alone in the given font stack and in the system's sans-serif (boxes here); returns those that
    // come out as the box. The fonts are loaded first: canvas text does not start a webfont's loading.
    private const string CharactersDrawnAsBoxes = """
        async ([text, family]) => {
            await document.fonts.load(`32px ${family}`, text);
            const draw = (c, f) => {
                const canvas = document.createElement('canvas');
                canvas.width = 48; canvas.height = 48;
                const ctx = canvas.getContext('2d');
                ctx.font = `32px ${f}`;
                ctx.fillText(c, 4, 38);
                return canvas.toDataURL();
            };
            const box = draw('\uE000', 'sans-serif');
            return [...new Set(text)].filter(c => draw(c, family) === box);
        }
        """;

    private static string ChineseOfResources()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src", "MapDashboard.Web", "Resources"), "*.zh*.resx");
        Assert.NotEmpty(files);
        var text = string.Concat(files.SelectMany(f => XDocument.Load(f).Descendants("value")).Select(v => v.Value));
        return string.Concat(text.EnumerateRunes().Where(r => r.Value >= 0x2e80).Select(r => r.ToString()).Distinct());
    }

    private async Task<IPage> OpenAsync(string path)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        return page;
    }

    [Fact]
    public async Task Every_Chinese_text_of_the_interface_is_in_the_apps_own_font_slices()
    {
        var chinese = ChineseOfResources();
        Assert.True(chinese.Length > 100, $"only {chinese.Length} Chinese characters in the resources");
        var page = await OpenAsync("compare?culture=zh-CN");

        var boxes = await page.EvaluateAsync<string[]>(CharactersDrawnAsBoxes, new object[] { chinese, "\"MapDashboard Sans SC\", sans-serif" });

        Assert.True(boxes.Length == 0, $"drawn as boxes by the app's own slices: {string.Concat(boxes)}");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public async Task The_compare_pickers_placeholder_is_drawn_with_real_glyphs(string culture)
    {
        var page = await OpenAsync($"compare?culture={culture}");
        var input = page.Locator(".compare-picker input");
        await Assertions.Expect(input).ToBeVisibleAsync();
        var shown = await input.EvaluateAsync<JsonElement>("e => [e.placeholder, getComputedStyle(e).fontFamily]");
        var (placeholder, family) = (shown[0].GetString()!, shown[1].GetString()!);
        Assert.Contains(placeholder.EnumerateRunes(), r => r.Value >= 0x2e80);

        var boxes = await page.EvaluateAsync<string[]>(CharactersDrawnAsBoxes,
            new object[] { string.Concat(placeholder.EnumerateRunes().Where(r => r.Value >= 0x2e80).Select(r => r.ToString())), family });

        Assert.True(boxes.Length == 0, $"'{placeholder}' in {family}: drawn as boxes: {string.Concat(boxes)}");
        // The placeholder needs no fallback slices: nobody has typed yet.
        await Assertions.Expect(page.Locator("html[data-cjk-fallback]")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_presenters_kicker_is_drawn_with_real_glyphs_in_its_own_font()
    {
        var page = await OpenAsync("present/3?culture=zh-CN");
        var kicker = page.GetByTestId("presenter-caption").Locator(".kicker");
        // Theme 1, measure 1 of the seeded notice's 13.
        await Assertions.Expect(kicker).ToHaveTextAsync("主题 1 · 举措 1 / 13");
        var family = await kicker.EvaluateAsync<string>("k => getComputedStyle(k).fontFamily");

        var boxes = await page.EvaluateAsync<string[]>(CharactersDrawnAsBoxes, new object[] { "主题举措·/", family });

        Assert.True(boxes.Length == 0, $"the kicker in {family}: drawn as boxes: {string.Concat(boxes)}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_fallback_font_rules_are_applied_once_someone_types_into_a_field()
    {
        var page = await OpenAsync("compare?culture=zh-CN");
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.styleSheets].filter(s => s.href?.includes('noto-sans-sc-fallback')).length"));

        await page.Locator(".compare-picker input").ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-cjk-fallback", "applied");
        await Assertions.Expect(page.Locator("link[href*='noto-sans-sc-fallback']")).ToHaveCountAsync(1);
        // The link exists before its rules do: document.styleSheets lists it once it is loaded and parsed, and only then
        // does document.fonts know the fallback's faces (without this wait the check lost the race on a busy machine).
        await page.WaitForFunctionAsync("() => [...document.styleSheets].some(s => s.href?.includes('noto-sans-sc-fallback'))");
        // A character outside the app's slices, typed: drawn by the fallback's slices, not as a box.
        var boxes = await page.EvaluateAsync<string[]>(CharactersDrawnAsBoxes, new object[] { "龘", "\"MapDashboard Sans SC\", \"Noto Sans SC\", sans-serif" });
        Assert.Empty(boxes);
        await page.Context.CloseAsync();
    }
}
