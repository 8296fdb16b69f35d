using System.Net;
using System.Text.Json;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Notices;

/// <summary>GET /api/notices and the notice-scoped routes with two published notices.</summary>
public class NoticesApiTests(TwoNoticesServer server) : IClassFixture<TwoNoticesServer>
{
    private const string Seed = "ndrc-2021-668";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<JsonElement> JsonAsync(string url)
    {
        using var response = await server.Client.GetAsync(url, _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct)).RootElement.Clone();
    }

    private async Task<HashSet<string>> CodesAsync(string url) =>
        (await JsonAsync(url)).GetProperty("features").EnumerateArray()
            .Select(f => f.GetProperty("properties").GetProperty("code").GetString()!).ToHashSet();

    [Fact]
    public async Task The_list_has_both_notices_newest_first_with_their_own_counts()
    {
        var list = (await JsonAsync("/api/notices")).EnumerateArray().ToList();
        Assert.Equal([SecondNotice.Id, Seed], list.Select(n => n.GetProperty("id").GetString()));
        var seed = list[1];
        Assert.Equal((57, 67), (seed.GetProperty("localities").GetInt32(), seed.GetProperty("practices").GetInt32()));
        Assert.Contains("No.668", seed.GetProperty("number").GetString());
        Assert.Equal("published", seed.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(seed.GetProperty("titleEn").GetString()));
        Assert.True(seed.TryGetProperty("title", out _) && seed.TryGetProperty("date", out _));
        Assert.Equal((server.SecondLocalities, server.SecondPractices),
            (list[0].GetProperty("localities").GetInt32(), list[0].GetProperty("practices").GetInt32()));
    }

    [Fact]
    public async Task Each_notice_has_its_own_localities_and_current_is_the_newest()
    {
        var seed = await CodesAsync($"/api/notices/{Seed}/localities.geojson");
        var second = await CodesAsync($"/api/notices/{SecondNotice.Id}/localities.geojson");
        Assert.Equal(57, seed.Count);
        Assert.Equal(server.SecondLocalities, second.Count);
        Assert.Equal(second, await CodesAsync("/api/notices/current/localities.geojson"));
    }

    [Fact]
    public async Task Exports_take_the_notice_scoped_or_as_a_parameter_and_default_to_the_current_one()
    {
        var scoped = await server.Client.GetStringAsync($"/api/notices/{Seed}/practices.csv", _ct);
        var parameter = await server.Client.GetStringAsync($"/api/export/practices.csv?notice={Seed}", _ct);
        var unscoped = await server.Client.GetStringAsync("/api/export/practices.csv", _ct);
        Assert.Equal(scoped, parameter);
        Assert.Equal(68, scoped.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(server.SecondPractices + 1, unscoped.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_place_named_by_both_notices_lists_both_with_their_measures()
    {
        var mentions = (await JsonAsync("/api/localities/220581/notices")).EnumerateArray()
            .Select(m => (m.GetProperty("notice").GetProperty("id").GetString(),
                string.Join(",", m.GetProperty("measures").EnumerateArray().Select(x => x.GetInt32()))))
            .ToList();
        Assert.Equal([(SecondNotice.Id, "3"), (Seed, "3,6,12")], mentions);
    }

    [Theory]
    [InlineData("/api/notices/ndrc-1999-1/localities.geojson")]
    [InlineData("/api/notices/ndrc-1999-1")]
    [InlineData("/api/notices/ndrc-1999-1/practices.csv")]
    [InlineData("/api/export/figures.csv?notice=ndrc-1999-1")]
    public async Task An_unknown_notice_is_404_problem_json(string url)
    {
        using var response = await server.Client.GetAsync(url, _ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/notices/NOT_AN_ID/localities.geojson")]
    [InlineData("/api/notices/current/localities.geojson?tolerance=-1")]
    [InlineData("/api/export/practices.csv?notice=%3Cscript%3E")]
    [InlineData("/api/notices/current/practices.csv?p=999999")]
    [InlineData("/api/localities/12ab/notices")]
    public async Task A_bad_parameter_is_400_problem_json(string url)
    {
        using var response = await server.Client.GetAsync(url, _ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
