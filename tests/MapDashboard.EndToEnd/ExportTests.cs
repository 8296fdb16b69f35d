using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;
using MapDashboard.Data;
using MapDashboard.Data.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using MapDashboard.TestSupport;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>The Export menu of the dashboard, on the real seeds, downloading what the current filter shows.</summary>
public class ExportTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private const string GuangdongAndSichuan = "p=440000,510000";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string query)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "?" + query).ToString());
        await page.WaitForInteractiveAsync();
        var map = page.GetByRole(AriaRole.Application, new() { Name = "Map of pilot localities" });
        // The base map's lines and labels are drawn (the inset only at a national view, which these maps may not show).
        await Assertions.Expect(map).ToHaveAttributeAsync("data-base-labels", new Regex(@"^\d+$"), new() { Timeout = 30_000 });
        await Assertions.Expect(map).ToHaveAttributeAsync("data-visible-localities", new Regex(@"^\d+$"));
        await page.WaitForMapReadyAsync();
        return (context, page);
    }

    private static async Task<(byte[] Bytes, string Name)> DownloadAsync(IPage page, string item)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        // The PNG is a capture of the map in the page: seconds on a busy two-core machine.
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Menuitem, new() { Name = item }).ClickAsync(), new() { Timeout = 120_000 });
        var path = await download.PathAsync();
        return (await File.ReadAllBytesAsync(path), download.SuggestedFilename);
    }

    private async Task<IReadOnlyList<PracticeRow>> ExpectedRowsAsync(string query)
    {
        var model = new ServiceCollection().AddMapDashboardData(host.Database.ConnectionString).BuildServiceProvider()
            .GetRequiredService<NoticeReadModel>();
        return (await model.SnapshotAsync(CancellationToken.None)).Current!.List(DashboardUrl.Parse(query).Filter);
    }

    [Fact]
    public async Task Downloading_the_practices_CSV_gives_one_row_per_practice_of_the_current_filter()
    {
        var (context, page) = await OpenAsync(GuangdongAndSichuan);
        await using var _ = context;

        var (bytes, name) = await DownloadAsync(page, "CSV: practices");

        var expected = await ExpectedRowsAsync(GuangdongAndSichuan);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var records = Csv.ReadRecords(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'))).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, records.Count - 1);
        Assert.EndsWith("-practices-p440000.510000.csv", name);
        var province = Array.IndexOf(records[0], "province_zh");
        Assert.All(records.Skip(1), r => Assert.Contains(r[province], new[] { "广东省", "四川省" }));
    }

    [Fact]
    public async Task Downloading_GeoJSON_gives_one_point_per_locality_of_the_current_filter()
    {
        var (context, page) = await OpenAsync(GuangdongAndSichuan);
        await using var _ = context;

        var (bytes, name) = await DownloadAsync(page, "GeoJSON: localities");

        var expected = await ExpectedRowsAsync(GuangdongAndSichuan);
        using var json = JsonDocument.Parse(bytes);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal(expected.Select(r => r.Code).Distinct().Count(), features.Count);
        Assert.All(features, f => Assert.Equal("Point", f.GetProperty("geometry").GetProperty("type").GetString()));
        Assert.EndsWith(".geojson", name);
    }

    [Fact]
    public async Task The_PNG_export_is_an_image_of_the_map_with_its_localities_in_their_theme_colours()
    {
        var (context, page) = await OpenAsync("");
        await using var _ = context;
        var mapBox = (await page.GetByRole(AriaRole.Application, new() { Name = "Map of pilot localities" }).BoundingBoxAsync())!;

        var (bytes, name) = await DownloadAsync(page, "PNG: map as shown");

        var path = Path.Combine(RepoPaths.TestArtifacts("screenshots"), "export-map.png");
        await File.WriteAllBytesAsync(path, bytes, TestContext.Current.CancellationToken);
        Assert.Equal(PngSignature, bytes[..8]);
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4));
        Assert.Equal((int)Math.Round(mapBox.Width), width);
        Assert.InRange(height, (int)mapBox.Height + 60, (int)mapBox.Height + 300);
        Assert.EndsWith(".png", name);

        var colours = await CountColoursAsync(page, bytes, [ThemePalette.Of(1), ThemePalette.Of(2), "#f4f3ef"]);
        Assert.All(colours, n => Assert.True(n > 50, $"theme and land colours should cover the map, counted {string.Join(", ", colours)}"));
    }

    [Fact]
    public async Task Printed_the_dashboard_is_its_title_filter_summary_and_map_without_the_controls()
    {
        var (context, page) = await OpenAsync(GuangdongAndSichuan);
        await using var _ = context;

        // What the browser does on Ctrl+P: beforeprint (the map takes its printed size), then the print media.
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        await Assertions.Expect(page.Locator(".export-print-header")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".export-print-title")).Not.ToBeEmptyAsync();
        var map = page.GetByRole(AriaRole.Application, new() { Name = "Map of pilot localities" });
        var box = await map.BoundingBoxAsync();
        // 277 x 158 mm at 96 px per inch: the width of an A4 landscape page inside its margins.
        Assert.True(box is { Width: > 1000, Height: > 580 }, $"the printed map should fill the page's width, was {box?.Width}x{box?.Height}");
        foreach (var control in new[] { ".mud-appbar", ".mud-drawer", ".dashboard-grid", ".leaflet-control-zoom", "[data-testid='copy-link']" })
            await Assertions.Expect(page.Locator(control).First).ToBeHiddenAsync();
        await page.SaveScreenshotAsync("dashboard-print");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('afterprint'))");
        await Assertions.Expect(page.Locator(".mud-drawer")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".export-print-header")).ToBeHiddenAsync();
    }

    // Decodes the PNG in the browser and counts pixels of each colour: proof the map, not a blank canvas, was drawn.
    private static Task<int[]> CountColoursAsync(IPage page, byte[] png, string[] hexColours) =>
        page.EvaluateAsync<int[]>("""
            async ([b64, colours]) => {
                const bytes = Uint8Array.from(atob(b64), c => c.charCodeAt(0));
                const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
                const canvas = new OffscreenCanvas(image.width, image.height);
                const ctx = canvas.getContext('2d');
                ctx.drawImage(image, 0, 0);
                const data = ctx.getImageData(0, 0, image.width, image.height).data;
                const rgb = colours.map(h => [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16)));
                const counts = rgb.map(() => 0);
                for (let p = 0; p < data.length; p += 4)
                    rgb.forEach((c, i) => { if (Math.abs(data[p] - c[0]) + Math.abs(data[p + 1] - c[1]) + Math.abs(data[p + 2] - c[2]) < 12) counts[i]++; });
                return counts;
            }
            """, new object[] { Convert.ToBase64String(png), hexColours });
}
