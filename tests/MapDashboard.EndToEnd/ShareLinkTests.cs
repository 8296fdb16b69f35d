using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

public class ShareLinkTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    private static ILocator Map(IPage page) => page.Locator("[data-testid=map]");

    private async Task<IPage> OpenAsync(IBrowserContext context, string url)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        await page.WaitForInteractiveAsync();
        await page.WaitForMapReadyAsync();
        return page;
    }

    [Fact]
    public async Task A_copied_link_opened_in_a_fresh_browser_restores_the_same_view()
    {
        await using var first = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await first.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = host.BaseAddress.ToString().TrimEnd('/') });
        var page = await OpenAsync(first, host.BaseAddress.ToString());

        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^Measure 1:") }).ClickAsync();
        await page.Locator("[data-testid=place-search] input").Or(page.GetByRole(AriaRole.Combobox)).First.FillAsync("花都");
        await page.GetByText(new Regex("花都区 Huadu District")).ClickAsync();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-focused", "440114");
        // The fly to Huadu ends zoomed in; the address bar then holds that view.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"sel=440114&view=[-\d.]+,[-\d.]+,([6-9]|1\d)"));
        // Huadu's popup opens once the map is still. The zoom is read from the map before clicking: the address bar
        // follows the map a moment later, so reading it after the click can already show the zoomed-out view.
        await Assertions.Expect(page.Locator(".leaflet-popup")).ToContainTextAsync("Huadu District");
        var settled = int.Parse(Regex.Match(await Map(page).GetAttributeAsync("data-zoom") ?? "", @"^\d+").Value);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"view=[-\d.]+,[-\d.]+,{settled}(\.|$)"));
        await page.Locator(".leaflet-control-zoom-out").ClickAsync();
        var zoomedOut = (settled - 1).ToString();
        await Assertions.Expect(Map(page)).ToHaveAttributeAsync("data-zoom", new Regex($"^{zoomedOut}(\\.|$)"));
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($@"view=[-\d.]+,[-\d.]+,{zoomedOut}(\.|$)"));
        var visible = await Map(page).GetAttributeAsync("data-visible-localities");
        var zoom = await Map(page).GetAttributeAsync("data-zoom");

        await page.GetByTestId("copy-link").ClickAsync();
        // The click only starts the copy: it travels over the circuit to the server, which then asks the browser to
        // write the clipboard. Reading the clipboard right after the click raced that round trip and, on a busy
        // machine, read it still empty (''). The page says "Link copied" once the write has resolved: wait for that.
        await Assertions.Expect(page.GetByTestId("copy-link-status")).ToHaveTextAsync("Link copied: it opens this exact view.");
        var link = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        await Assertions.Expect(page).ToHaveURLAsync(link);

        await using var second = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var again = await OpenAsync(second, link);
        await Assertions.Expect(Map(again)).ToHaveAttributeAsync("data-visible-localities", visible!);
        await Assertions.Expect(Map(again)).ToHaveAttributeAsync("data-zoom", zoom!);
        await Assertions.Expect(again.GetByTestId("detail-name-zh")).ToHaveTextAsync("花都区");
        await Assertions.Expect(again.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^Measure 1:") })).Not.ToBeCheckedAsync();
        await again.SaveScreenshotAsync("shared-link-restored");
    }
}
