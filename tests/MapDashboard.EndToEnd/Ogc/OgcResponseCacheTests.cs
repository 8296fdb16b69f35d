using System.Net;
using System.Text.Json;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Ogc.Caching;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace MapDashboard.EndToEnd.Ogc;

/// <summary>
/// OGC API answers kept in memory per data version: a repeated request is written from memory (the output cache marks
/// it with an Age header; the store counts the hit) with the same bytes, a conditional one gets 304 from there, and a change to the data (what an
/// import does) is served at once after the app has read the new version, never the kept answer.
/// </summary>
[Collection(OgcServerCollection.Name)]
public class OgcResponseCacheTests(OgcServer server)
{
    private OgcResponseStore Store => server.Services.GetRequiredService<OgcResponseStore>();

    private async Task<HttpResponseMessage> GetAsync(string path, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url(path));
        request.Headers.TryAddWithoutValidation("Accept", "application/geo+json");
        if (ifNoneMatch is not null) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return await server.Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static Task<string> BodyAsync(HttpResponseMessage response) =>
        response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    [Fact]
    public async Task A_second_identical_request_is_served_from_memory_with_the_same_bytes()
    {
        const string path = "/collections/counties/items?limit=10&offset=30";
        using var first = await GetAsync(path);
        var hits = Store.Hits;

        using var second = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(hits + 1, Store.Hits);
        Assert.Equal(await BodyAsync(first), await BodyAsync(second));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal("application/geo+json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_kept_answer_with_a_matching_if_none_match_is_304_from_memory()
    {
        const string path = "/collections/counties/items/330108";
        using var first = await GetAsync(path);
        var etag = first.Headers.ETag!.ToString();
        var hits = Store.Hits;

        using var conditional = await GetAsync(path, ifNoneMatch: etag);

        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(hits + 1, Store.Hits); // answered from the kept entry (a 304 carries no Age)
        Assert.Equal(etag, conditional.Headers.ETag?.ToString());
        Assert.Empty(await BodyAsync(conditional));
    }

    [Fact]
    public async Task After_the_data_changes_the_new_version_is_served_not_the_kept_answer()
    {
        const string path = "/collections/counties/items/330106";
        var data = server.Services.GetRequiredService<NoticeReadModel>();
        using var before = await GetAsync(path);
        var name = NameEn(await BodyAsync(before));
        try
        {
            // What an import does: a write to admin_units, whose trigger raises data_version; the app reads the version.
            await server.ScalarAsync<int>("WITH u AS (UPDATE admin_units SET name_en = name_en || ' (renamed)' WHERE code = '330106' RETURNING 1) SELECT count(*)::int FROM u");
            Assert.True(await data.RefreshAsync(TestContext.Current.CancellationToken));

            using var after = await GetAsync(path);

            Assert.Equal(name + " (renamed)", NameEn(await BodyAsync(after)));
            Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
            Assert.Null(after.Headers.Age);
        }
        finally
        {
            await server.ScalarAsync<int>("WITH u AS (UPDATE admin_units SET name_en = $1 WHERE code = '330106' RETURNING 1) SELECT count(*)::int FROM u", name);
            await data.RefreshAsync(TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task Many_different_pages_never_hold_more_bytes_than_the_bound()
    {
        for (var offset = 0; offset < 2000; offset += 100)
        {
            using var page = await GetAsync($"/collections/counties/items?limit=100&offset={offset}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }

        Assert.InRange(Store.Bytes, 1, Store.Bound);
    }

    private static string NameEn(string feature) =>
        JsonDocument.Parse(feature).RootElement.GetProperty("properties").GetProperty("name_en").GetString()!;
}
