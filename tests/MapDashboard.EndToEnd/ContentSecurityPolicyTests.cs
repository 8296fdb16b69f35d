using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// Every page, driven as a person would, under the app's Content-Security-Policy: the browser reports no violation
/// (an inline script without the nonce, a style or image from elsewhere, a blocked connection).
/// </summary>
public class ContentSecurityPolicyTests(SeededDashboardHost host) : IClassFixture<SeededDashboardHost>
{
    // Registered before any of the page's own scripts run (Playwright injects it outside the policy).
    private const string Listener = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e =>
            window.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`));
        """;

    private async Task<(IBrowserContext Context, IPage Page, List<string> Console)> OpenAsync(string path)
    {
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        await context.AddInitScriptAsync(Listener);
        var page = await context.NewPageAsync();
        // The console says it too, also for what the event cannot see (e.g. a refused policy directive).
        var console = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) console.Add(m.Text); };
        await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
        await page.WaitForInteractiveAsync();
        // boot.js has applied the whole stylesheets and loaded MudBlazor's and Blazor's scripts by now.
        await Assertions.Expect(page.Locator("html[data-stylesheets=whole]")).ToHaveCountAsync(1);
        return (context, page, console);
    }

    private static async Task ExpectNoViolationAsync(IPage page, List<string> console)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__cspViolations");
        Assert.Empty(violations.Concat(console));
    }

    [Fact]
    public async Task The_dashboard_with_a_selection_filters_and_a_copied_link_runs_under_the_policy()
    {
        var (context, page, console) = await OpenAsync("");
        await using var _ = context;
        await page.WaitForMapReadyAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex(@"^Measure 1:") }).ClickAsync();
        await page.Locator(".practice-grid .grid-locality").First.ClickAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToBeVisibleAsync();
        await page.GetByTestId("mode-toggle").GetByText("Provinces").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("mode=provinces"));
        await ExpectNoViolationAsync(page, console);
    }

    [Fact]
    public async Task The_PNG_export_and_the_print_layout_run_under_the_policy()
    {
        var (context, page, console) = await OpenAsync("");
        await using var _ = context;
        await page.WaitForMapReadyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Export" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Menuitem, new() { Name = "PNG: map as shown" }).ClickAsync());
        Assert.EndsWith(".png", download.SuggestedFilename);
        await page.EvaluateAsync("() => window.dispatchEvent(new Event('beforeprint'))");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".export-print-header")).ToBeVisibleAsync();
        await ExpectNoViolationAsync(page, console);
    }

    [Fact]
    public async Task A_shared_link_with_a_selection_runs_under_the_policy()
    {
        var (context, page, console) = await OpenAsync("?sel=440114");
        await using var _ = context;
        await page.WaitForMapReadyAsync();
        await Assertions.Expect(page.GetByTestId("detail-name-zh")).ToHaveTextAsync("花都区");
        await ExpectNoViolationAsync(page, console);
    }

    [Fact]
    public async Task The_presenter_steps_run_under_the_policy()
    {
        var (context, page, console) = await OpenAsync("present/1");
        await using var _ = context;
        // The on-screen clicker, as a presenter with a mouse would: it answers as soon as the page is interactive.
        var next = page.GetByRole(AriaRole.Button, new() { Name = "Next step" });
        await next.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/present/2$"));
        await next.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/present/3$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Application, new() { Name = "Map of pilot localities" }))
            .ToHaveAttributeAsync("data-visible-localities", new Regex(@"^\d+$"));
        await ExpectNoViolationAsync(page, console);
    }

    [Fact]
    public async Task Compare_runs_under_the_policy()
    {
        var (context, page, console) = await OpenAsync("compare?codes=440114,510184");
        await using var _ = context;
        await Assertions.Expect(page.GetByTestId("compare-panel")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("compare-chart").Locator("svg").First).ToBeVisibleAsync();
        await ExpectNoViolationAsync(page, console);
    }

    [Fact]
    public async Task The_notice_runs_under_the_policy()
    {
        var (context, page, console) = await OpenAsync("notice?from=0&to=200");
        await using var _ = context;
        await Assertions.Expect(page.Locator("mark").First).ToBeVisibleAsync();
        await ExpectNoViolationAsync(page, console);
    }

    [Fact]
    public async Task The_not_found_page_runs_under_the_policy()
    {
        var (context, page, console) = await OpenAsync("no-such-page");
        await using var _ = context;
        await Assertions.Expect(page.GetByText("does not exist")).ToBeVisibleAsync();
        await ExpectNoViolationAsync(page, console);
    }
}
