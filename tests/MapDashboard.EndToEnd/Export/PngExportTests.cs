using System.Buffers.Binary;
using System.Text.Json;
using MapDashboard.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Export;

/// <summary>
/// The PNG export with a place selected, in both languages, decoded and compared with what the page shows. This machine
/// has no Chinese system fonts: Chinese in the PNG reads only if the export carries the shipped webfont.
/// </summary>
public class PngExportTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private const string Selected = "sel=440114";
    // The title's band at the top of the PNG (18 px bold, under 12 px of padding; device scale 1).
    private const int TitleBand = 40;

    private async Task<IPage> OpenAsync(string query, bool blockWebfont = false)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        // The rendering a machine without the webfont gives: every Chinese character a missing-glyph box.
        if (blockWebfont) await page.RouteAsync("**/*.woff2", route => route.AbortAsync());
        await page.GotoAsync(new Uri(host.BaseAddress, "?" + query).ToString());
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        await page.EvaluateAsync("() => document.fonts.ready");
        return page;
    }

    private static async Task<byte[]> ExportAsync(IPage page, string menu, string item, string name)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = menu }).ClickAsync();
        // The capture clones and re-renders the map in the page: seconds on a busy two-core machine.
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Menuitem, new() { Name = item }).ClickAsync(),
            new() { Timeout = 120_000 });
        var bytes = await File.ReadAllBytesAsync(await download.PathAsync());
        await File.WriteAllBytesAsync(Path.Combine(RepoPaths.TestArtifacts("screenshots"), $"{name}.png"), bytes);
        return bytes;
    }

    private static (int Width, int Height) SizeOf(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    [Theory]
    [InlineData("en", "Export", "PNG: map as shown")]
    [InlineData("zh-CN", "导出", "PNG：当前地图")]
    public async Task The_PNG_shows_the_map_as_on_screen_with_the_selected_places_popup_under_a_title(string culture, string menu, string item)
    {
        var page = await OpenAsync($"culture={culture}&{Selected}");
        var map = page.GetByRole(AriaRole.Application).First;
        var box = (await map.BoundingBoxAsync())!;
        var onScreen = await map.ScreenshotAsync();

        var png = await ExportAsync(page, menu, item, $"export-selected-{culture}");

        var (width, height) = SizeOf(png);
        Assert.Equal((int)Math.Round(box.Width), width);
        Assert.InRange(height, (int)box.Height + 80, (int)box.Height + 300);
        // The map's picture, popup included, is where it is on screen: somewhere under the title, differing only by
        // the scale bar the export adds and the zoom buttons it leaves out.
        var match = await page.EvaluateAsync<JsonElement>(FindMapInPng, new object[] { Convert.ToBase64String(png), Convert.ToBase64String(onScreen) });
        var offset = match.GetProperty("offset").GetInt32();
        var difference = match.GetProperty("difference").GetDouble();
        Assert.True(offset >= TitleBand, $"the map should sit under the title, found at {offset}");
        Assert.True(difference < 6, $"the exported map should look like the map on screen; mean difference {difference:F1} at offset {offset}");
        var ink = await page.EvaluateAsync<int>(InkInBand, new object[] { Convert.ToBase64String(png), TitleBand });
        Assert.True(ink > 200, $"the title should be drawn, {ink} dark pixels in its band");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_Chinese_header_is_drawn_with_the_shipped_font_not_missing_glyph_boxes()
    {
        var page = await OpenAsync($"culture=zh-CN&{Selected}");
        var onScreen = await page.GetByRole(AriaRole.Application).First.ScreenshotAsync();
        var withFont = await ExportAsync(page, "导出", "PNG：当前地图", "export-header-zh");
        var header = await page.EvaluateAsync<string>("() => document.querySelector('.export-print-summary').textContent");
        var map = await page.EvaluateAsync<JsonElement>(FindMapInPng, new object[] { Convert.ToBase64String(withFont), Convert.ToBase64String(onScreen) });
        await page.Context.CloseAsync();
        var boxes = await OpenAsync($"culture=zh-CN&{Selected}", blockWebfont: true);
        var withoutFont = await ExportAsync(boxes, "导出", "PNG：当前地图", "export-header-zh-missing-glyphs");

        Assert.Contains(header, c => c >= '\u4e00' && c <= '\u9fff'); // the filter summary under the title
        var band = map.GetProperty("offset").GetInt32();
        var changed = await boxes.EvaluateAsync<int>(DifferingInBand, new object[] { Convert.ToBase64String(withFont), Convert.ToBase64String(withoutFont), band });
        Assert.True(changed > 300, $"the header should differ from its missing-glyph rendering; {changed} pixels of {band} rows differ");
        await boxes.Context.CloseAsync();
    }

    private const string Decode = """
        const decode = async (b64) => {
            const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
            const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
            const canvas = new OffscreenCanvas(image.width, image.height);
            const ctx = canvas.getContext('2d');
            ctx.drawImage(image, 0, 0);
            return { width: image.width, height: image.height, data: ctx.getImageData(0, 0, image.width, image.height).data };
        };
        """;

    // The vertical offset at which the screenshot best matches the PNG, and the mean difference per channel there
    // (sampled every 3rd pixel).
    private const string FindMapInPng = "async ([png, shot]) => {" + Decode + """
            const a = await decode(png), b = await decode(shot);
            let best = { offset: -1, difference: 1e9 };
            for (let offset = 0; offset + b.height <= a.height; offset++) {
                let sum = 0, n = 0;
                for (let y = 0; y < b.height; y += 7) for (let x = 0; x < b.width; x += 3) {
                    const i = (y * b.width + x) * 4, j = ((y + offset) * a.width + x) * 4;
                    sum += Math.abs(a.data[j] - b.data[i]) + Math.abs(a.data[j + 1] - b.data[i + 1]) + Math.abs(a.data[j + 2] - b.data[i + 2]);
                    n += 3;
                }
                if (sum / n < best.difference) best = { offset, difference: sum / n };
            }
            return best;
        }
        """;

    private const string InkInBand = "async ([png, band]) => {" + Decode + """
            const a = await decode(png);
            let ink = 0;
            for (let p = 0; p < a.width * band * 4; p += 4) if (a.data[p] + a.data[p + 1] + a.data[p + 2] < 300) ink++;
            return ink;
        }
        """;

    private const string DifferingInBand = "async ([one, other, band]) => {" + Decode + """
            const a = await decode(one), b = await decode(other);
            let changed = 0;
            for (let y = 0; y < band; y++) for (let x = 0; x < Math.min(a.width, b.width); x++) {
                const i = (y * a.width + x) * 4, j = (y * b.width + x) * 4;
                if (Math.abs(a.data[i] - b.data[j]) + Math.abs(a.data[i + 1] - b.data[j + 1]) + Math.abs(a.data[i + 2] - b.data[j + 2]) > 60) changed++;
            }
            return changed;
        }
        """;
}
