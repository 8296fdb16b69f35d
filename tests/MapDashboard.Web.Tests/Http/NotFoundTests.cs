using System.Net;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

/// <summary>A wrong address: a page for people, problem details for programs.</summary>
public class NotFoundTests(OnePolygonServer server) : IClassFixture<OnePolygonServer>
{
    private readonly HttpClient _client = server.Client;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_mistyped_page_address_is_the_apps_not_found_page_with_status_404()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/presenter");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await _client.SendAsync(request, _ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(_ct);
        Assert.Contains("the content you are looking for does not exist", html);
        Assert.Contains("MapDashboard", html);
    }

    [Fact]
    public async Task An_unknown_api_address_stays_a_problem_details_404()
    {
        var response = await _client.GetAsync("/api/no-such-thing", _ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
