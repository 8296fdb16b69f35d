using System.Net;
using MapDashboard.TestSupport;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace MapDashboard.Web.Tests.Localization;

/// <summary>GET /culture/set: no database needed, so the app runs against an unreachable one.</summary>
public sealed class CultureEndpointTests : IAsyncDisposable
{
    private readonly DashboardFactory _factory = new("Host=127.0.0.1;Port=1;Database=none");
    private readonly HttpClient _client;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public CultureEndpointTests() =>
        _client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Choosing_Chinese_sets_the_culture_cookie_and_goes_back_to_the_page()
    {
        using var response = await _client.GetAsync("/culture/set?culture=zh-CN&redirect=%2Fcompare%3Fcodes%3D440114", _ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/compare?codes=440114", response.Headers.Location!.OriginalString);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith(".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN", cookie);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("fr-FR", "/")]
    [InlineData("", "/")]
    [InlineData("zh-CN", "https://example.com/")]
    [InlineData("zh-CN", "//example.com/")]
    [InlineData("zh-CN", "/\\example.com")]
    [InlineData("zh-CN", "compare")]
    public async Task An_unknown_culture_or_a_redirect_off_the_site_is_a_problem(string culture, string redirect)
    {
        using var response = await _client.GetAsync(
            $"/culture/set?culture={Uri.EscapeDataString(culture)}&redirect={Uri.EscapeDataString(redirect)}", _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task The_page_language_follows_the_cookie()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/not-found");
        request.Headers.Add("Cookie", ".AspNetCore.Culture=c%3Dzh-CN%7Cuic%3Dzh-CN");
        using var response = await _client.SendAsync(request, _ct);
        var html = await response.Content.ReadAsStringAsync(_ct);
        Assert.Contains("<html lang=\"zh-CN\">", html);
    }

    [Fact]
    public async Task Without_a_choice_the_page_is_English_whatever_the_browser_asks_for()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/not-found");
        request.Headers.Add("Accept-Language", "zh-CN,zh;q=0.9");
        using var response = await _client.SendAsync(request, _ct);
        Assert.Contains("<html lang=\"en\">", await response.Content.ReadAsStringAsync(_ct));
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }
}
