using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

public class PresenterTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private async Task<(IBrowserContext Context, IPage Page)> OpenAsync(string path, int width = 1280, int height = 720)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        return (context, page);
    }

    private static ILocator Map(IPage page) => page.GetByRole(AriaRole.Application, new() { Name = "Map of pilot localities" });

    private static async Task ExpectStepAsync(IPage page, int step, string headline, int localities)
    {
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/present/{step}$"));
        await Assertions.Expect(page.GetByTestId("presenter-progress")).ToHaveTextAsync($"{step} / 17");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(headline);
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-visible-localities", localities.ToString());
    }

    [Fact]
    public async Task Arrow_and_page_keys_step_through_the_briefing_and_each_step_has_its_url()
    {
        var (context, page) = await OpenAsync("present/1");
        await using var _ = context;
        await ExpectStepAsync(page, 1, "What this notice's pilots show", 57);

        await page.Keyboard.PressAsync("ArrowRight");
        await ExpectStepAsync(page, 2, "Improve the quality of urbanization of agricultural transfer population", 23);

        await page.Keyboard.PressAsync("PageDown");
        await ExpectStepAsync(page, 3, "Deepen the reform of the household registration system", 7);

        await page.Keyboard.PressAsync("ArrowLeft");
        await ExpectStepAsync(page, 2, "Improve the quality of urbanization of agricultural transfer population", 23);

        await page.Keyboard.PressAsync("End");
        await ExpectStepAsync(page, 17, "Promoting the extension of urban public services to rural areas", 4);

        await page.Keyboard.PressAsync("PageUp");
        await ExpectStepAsync(page, 16, "Promoting the coverage of urban public facilities to rural areas", 6);

        await page.Keyboard.PressAsync("Home");
        await ExpectStepAsync(page, 1, "What this notice's pilots show", 57);
    }

    [Fact]
    public async Task Opening_a_step_url_shows_that_step_and_escape_returns_to_the_dashboard_on_its_measure()
    {
        var (context, page) = await OpenAsync("present/7");
        await using var _ = context;
        await ExpectStepAsync(page, 7, "Promoting urban renewal in an orderly manner", 5);

        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?m=4$"));
        await Assertions.Expect(page.GetByTestId("dashboard")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(1920, 1080)]
    [InlineData(1280, 720)]
    public async Task The_briefing_fills_the_screen_offline_in_large_type(int width, int height)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        await using var _ = context;
        var page = await context.NewPageAsync();
        var outside = page.RecordOutsideRequests();
        await page.GotoAsync(new Uri(host.BaseAddress, "present/4").ToString());
        await page.WaitForInteractiveAsync();
        await ExpectStepAsync(page, 4, "Promoting the equalization of basic public services in cities and towns", 11);

        await Assertions.Expect(page.Locator("header")).ToHaveCountAsync(0);
        var headlinePx = await page.GetByRole(AriaRole.Heading, new() { Level = 1 })
            .EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(headlinePx >= height / 24.0, $"headline {headlinePx}px is too small for a {width}x{height} room screen");
        var mapBox = await Map(page).BoundingBoxAsync();
        Assert.True(mapBox is not null && mapBox.Width > width * 0.5 && mapBox.Height > height * 0.8, "the map should take most of the screen");

        await page.SaveScreenshotAsync($"presenter-{width}");
        await page.Keyboard.PressAsync("Home");
        await ExpectStepAsync(page, 1, "What this notice's pilots show", 57);
        await page.SaveScreenshotAsync($"presenter-overview-{width}");
        Assert.Empty(outside);
    }
}
