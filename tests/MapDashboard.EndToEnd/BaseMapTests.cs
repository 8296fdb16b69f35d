using MapDashboard.Core.Geography;
using MapDashboard.TestSupport;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>The offline base map at national zoom, on a 1600x1000 screen, with the real provinces.</summary>
public class BaseMapTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private const string MapName = "Map of pilot localities";
    private const string InsetName = "Inset: South China Sea Islands (南海诸岛)";

    private async Task<(IPage Page, ILocator Map, List<string> Outside, IAsyncDisposable Context)> OpenAsync()
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1600, Height = 1000 } });
        var page = await context.NewPageAsync();
        var outside = page.RecordOutsideRequests();
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.WaitForInteractiveAsync();
        var map = page.GetByRole(AriaRole.Application, new() { Name = MapName });
        await Assertions.Expect(map).ToHaveAttributeAsync("data-inset", "drawn", new() { Timeout = 30_000 });
        return (page, map, outside, context);
    }

    [Fact]
    public async Task At_national_zoom_all_34_provinces_and_the_South_China_Sea_inset_are_drawn_with_nothing_fetched_from_outside()
    {
        var (page, map, outside, context) = await OpenAsync();
        await using var _ = context;

        await Assertions.Expect(map).ToHaveAttributeAsync("data-base-provinces", "34");
        var inset = page.GetByRole(AriaRole.Img, new() { Name = InsetName });
        await Assertions.Expect(inset).ToBeVisibleAsync();
        await page.SaveScreenshotAsync("base-map-national");
        await inset.ScreenshotAsync(new() { Path = Path.Combine(RepoPaths.TestArtifacts("screenshots"), "base-map-inset.png") });
        Assert.Empty(outside);
    }

    [Fact]
    public async Task The_inset_sits_in_the_lower_right_corner_of_the_map()
    {
        var (page, map, _, context) = await OpenAsync();
        await using var __ = context;

        var mapBox = (await map.BoundingBoxAsync())!;
        var insetBox = (await page.GetByRole(AriaRole.Img, new() { Name = InsetName }).BoundingBoxAsync())!;
        Assert.True(insetBox.X > mapBox.X + mapBox.Width * 0.6, $"inset left edge {insetBox.X} should be in the right part of the map");
        Assert.True(insetBox.Y > mapBox.Y + mapBox.Height * 0.5, $"inset top edge {insetBox.Y} should be in the lower half of the map");
    }

    [Fact]
    public async Task The_geodata_attribution_is_shown_on_the_map()
    {
        var (page, map, _, context) = await OpenAsync();
        await using var __ = context;

        var attribution = File.ReadLines(Path.Combine(RepoPaths.Geodata, GeodataFiles.Attribution)).First().Trim();
        await Assertions.Expect(map.Locator(".base-attribution")).ToHaveTextAsync(attribution);
        await Assertions.Expect(map.Locator(".base-attribution")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Province_labels_at_national_zoom_do_not_overlap_and_Beijing_is_labelled()
    {
        var (page, map, _, context) = await OpenAsync();
        await using var __ = context;

        var beijing = map.Locator(".base-label[data-code='110000']");
        await Assertions.Expect(beijing).ToBeVisibleAsync();
        await Assertions.Expect(beijing).ToContainTextAsync("北京");
        var boxes = new List<(string Code, LocatorBoundingBoxResult Box)>();
        foreach (var label in await map.Locator(".base-label").AllAsync())
            if (await label.IsVisibleAsync())
                boxes.Add((await label.GetAttributeAsync("data-code") ?? "", (await label.BoundingBoxAsync())!));
        Assert.True(boxes.Count >= 28, $"most provinces should be labelled at national zoom, {boxes.Count} were");
        var overlapping = boxes.SelectMany((a, i) => boxes.Skip(i + 1).Where(b => Overlap(a.Box, b.Box)).Select(b => $"{a.Code}/{b.Code}"));
        Assert.Empty(overlapping);
    }

    private static bool Overlap(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
