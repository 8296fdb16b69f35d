using System.Net;
using MapDashboard.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MapDashboard.Web.Tests.Admin;

/// <summary>The admin area over HTTP: switched off without its connection strings, and sign-in limited per client.</summary>
public sealed class AdminAreaHttpTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Without_the_accounts_connection_the_admin_area_says_it_is_switched_off_and_the_dashboard_still_serves()
    {
        await using var factory = new DashboardFactory(database.WebConnectionString);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var login = await client.GetAsync("/admin/login?culture=en", _ct);
        // A page in plain words (200): a 404 status made Blazor's static rendering drop the page's body.
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("switched off", await login.Content.ReadAsStringAsync(_ct));
        using var admin = await client.GetAsync("/admin", _ct);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        using var home = await client.GetAsync("/", _ct);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Sign_in_attempts_over_the_limit_get_429_with_retry_after()
    {
        await using var factory = new DashboardFactory(database.WebConnectionString, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Accounts"] = database.AccountsConnectionString,
            ["ConnectionStrings:Import"] = database.ImporterConnectionString,
            ["MapDashboard:Admin:SignInPermitLimit"] = "2",
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Task<HttpResponseMessage> PostAsync() => client.PostAsync("/admin/account/sign-in",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "x@example.org", ["password"] = "wrong password" }), _ct);

        using var first = await PostAsync();
        using var second = await PostAsync();
        using var third = await PostAsync();

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.Contains("Retry-After"));
    }
}
