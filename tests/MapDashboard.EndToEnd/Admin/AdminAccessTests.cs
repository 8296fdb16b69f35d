using System.Net;
using Microsoft.Playwright;
using Xunit;

namespace MapDashboard.EndToEnd.Admin;

/// <summary>
/// Without a sign-in the admin area shows only its login page: a page asked for is a redirect to it, and every POST is
/// refused with 401/403, never answered 2xx or redirected. Five wrong passwords lock the account.
/// </summary>
public sealed class AdminAccessTests(AdminHost host) : IClassFixture<AdminHost>
{
    private HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };

    [Theory]
    [InlineData("admin")]
    [InlineData("admin/preview/0123456789abcdef0123456789abcdef")]
    public async Task A_page_of_the_admin_area_redirects_to_the_login_page(string path)
    {
        using var client = Client();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("admin/uploads")]
    [InlineData("admin/account/sign-out")]
    [InlineData("admin")]
    [InlineData("admin/preview/0123456789abcdef0123456789abcdef")]
    [InlineData("admin/anything")]
    public async Task Every_admin_post_without_a_sign_in_is_refused(string path)
    {
        using var client = Client();
        using var form = new MultipartFormDataContent { { new ByteArrayContent("text"u8.ToArray()), "notice", "notice.txt" } };
        using var response = await client.PostAsync(path, form, TestContext.Current.CancellationToken);

        Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task In_the_browser_the_admin_page_opens_at_the_login_form()
    {
        var page = await (await host.Browser.Browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(new Uri(host.BaseAddress, "admin").ToString());

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        await Assertions.Expect(page.GetByLabel("E-mail")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var email = await host.CreateEditorAsync("locked-out@example.org");
        var page = await (await host.Browser.Browser.NewContextAsync()).NewPageAsync();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await AdminPages.SignInAsync(page, host.BaseAddress, email, "not the password " + attempt);
            await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        }

        await AdminPages.SignInAsync(page, host.BaseAddress, email, AdminHost.Password);

        await Assertions.Expect(page.GetByTestId("login-error")).ToContainTextAsync("locked");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/login"));
        await page.Context.CloseAsync();
    }
}
