using MapDashboard.EndToEnd.Accessibility;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Admin;

/// <summary>WCAG 2.2 AA as axe-core checks it on the admin pages an editor sees, in both interface languages.</summary>
public sealed class AdminAccessibilityTests(AdminHost host) : IClassFixture<AdminHost>
{
    private async Task<IPage> NewPageAsync()
    {
        // BypassCSP: axe-core is injected as an inline script, which the app's CSP rightly refuses.
        var context = await host.Browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 }, BypassCSP = true });
        return await context.NewPageAsync();
    }

    [Theory]
    [InlineData("en")]
    [InlineData("zh-CN")]
    public async Task The_login_page_has_no_violations(string culture)
    {
        var page = await NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, $"admin/login?culture={culture}").ToString());
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        await AxeScan.ExpectNoViolationsAsync(page, "login " + culture);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_upload_page_and_a_preview_have_no_violations()
    {
        var page = await NewPageAsync();
        await AdminPages.SignInAsync(page, host.BaseAddress, AdminHost.Email, AdminHost.Password);
        await Assertions.Expect(page.GetByTestId("admin-home")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        await AxeScan.ExpectNoViolationsAsync(page, "upload page");

        await AdminPages.UploadAsync(page, "second-notice.txt", SecondNotice.Text());
        await Assertions.Expect(page.GetByTestId("preview-map")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });
        await AxeScan.ExpectNoViolationsAsync(page, "preview");
        await page.SaveScreenshotAsync("admin-preview-a11y");

        // The notices page, with the seed notice's history and the draft just uploaded.
        await page.GotoAsync(new Uri(host.BaseAddress, "admin/notices").ToString());
        await Assertions.Expect(page.Locator($"[data-testid=notice][data-notice-id='{SecondNotice.Id}']")).ToHaveAttributeAsync("data-status", "draft");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("data-stylesheets", "whole");
        await AxeScan.ExpectNoViolationsAsync(page, "notices page");
        await page.SaveScreenshotAsync("admin-notices-a11y");
        await page.Context.CloseAsync();
    }
}
