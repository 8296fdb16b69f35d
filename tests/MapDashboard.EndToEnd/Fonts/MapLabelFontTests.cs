using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Fonts;

/// <summary>
/// Chinese font slices arrive batch after batch, as text needing each is shown (a search, a popup, county names). The
/// map measures its labels again only once the fonts in flight have landed, and only when a slice that draws their
/// names is among them: every batch used to measure and place every label again, a long task on a phone.
/// </summary>
public class MapLabelFontTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    // Counts the measurements of Beijing's province label (北京): one per measuring pass of the province labels.
    private const string CountBeijingMeasurements = """
        (() => {
            window.beijingMeasured = 0;
            const measure = CanvasRenderingContext2D.prototype.measureText;
            CanvasRenderingContext2D.prototype.measureText = function (text) {
                if (text === '北京') window.beijingMeasured++;
                return measure.call(this, text);
            };
        })();
        """;

    // Whether a font face holding the character has loaded.
    private const string SliceLoaded = """
        c => [...document.fonts].some(f => f.status === 'loaded' && f.unicodeRange.split(',').some(r => {
            const [from, to] = r.trim().slice(2).split('-').map(h => parseInt(h, 16));
            return c.codePointAt(0) >= from && c.codePointAt(0) <= (to ?? from);
        }))
        """;

    // No font loading, and still none three frames later (what follows a batch of fonts has happened).
    private static Task FontsSettledAsync(IPage page) => page.EvaluateAsync("""
        async () => {
            do {
                await document.fonts.ready;
                for (let i = 0; i < 3; i++) await new Promise(r => requestAnimationFrame(r));
            } while (document.fonts.status === 'loading');
        }
        """);

    [Fact]
    public async Task A_font_slice_without_the_province_names_does_not_make_the_map_measure_them_again()
    {
        await using var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.AddInitScriptAsync(CountBeijingMeasurements);
        await page.GotoAsync(new Uri(host.BaseAddress, "?culture=zh-CN").ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        var map = page.Locator("[data-testid=map]").First;
        await Assertions.Expect(map.Locator(".base-label[data-code='110000']")).ToContainTextAsync("北京");
        await FontsSettledAsync(page);
        var measured = await page.EvaluateAsync<int>("() => window.beijingMeasured");
        Assert.True(measured >= 1, "Beijing's label was never measured");
        // 黟县 (Yixian, Anhui): 黟 is in a slice of rare names that nothing on the page has needed so far.
        Assert.False(await page.EvaluateAsync<bool>(SliceLoaded, "黟"), "the slice with 黟 was loaded before the search");

        await page.Locator("input[data-testid=place-search]").FillAsync("黟县");
        await page.GetByTestId("filter-panel").GetByRole(AriaRole.Option).Filter(new() { HasText = "黟县" }).First.ClickAsync();
        await Assertions.Expect(map).ToHaveAttributeAsync("data-shown-place", "341023");
        await Assertions.Expect(page.Locator(".leaflet-popup.place-popup")).ToContainTextAsync("黟县");
        await FontsSettledAsync(page);

        Assert.True(await page.EvaluateAsync<bool>(SliceLoaded, "黟"), "the slice with 黟 did not load");
        var measuredAfter = await page.EvaluateAsync<int>("() => window.beijingMeasured");
        Assert.True(measuredAfter == measured,
            $"the province names were measured {measuredAfter - measured} more times after slices without them arrived");
        // The labels still read (placed again after the move, from the widths measured before).
        await Assertions.Expect(map.Locator(".base-label:visible").First).ToBeVisibleAsync();
    }
}
