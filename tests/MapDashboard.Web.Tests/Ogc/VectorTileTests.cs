using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.Web.Tests.Ogc;

public partial class VectorTileTests(TileServer server) : IClassFixture<TileServer>
{
    // WebMercatorQuad z5, row 13, column 26: 112.5°–123.75° E, 21.9°–31.95° N, all of Zhejiang (27.0°–31.2° N, 118°–123° E).
    private const string ZhejiangTile = "/ogc/collections/counties/tiles/WebMercatorQuad/5/13/26";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_zoom_5_tile_over_Zhejiang_read_by_GDAL_holds_every_Zhejiang_county_once()
    {
        var response = await server.Client.GetAsync(ZhejiangTile, _ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.mapbox-vector-tile", response.Content.Headers.ContentType?.MediaType);
        var file = Path.Combine(Path.GetTempPath(), $"zhejiang-{Guid.NewGuid():N}.mvt");
        await File.WriteAllBytesAsync(file, await response.Content.ReadAsByteArrayAsync(_ct), _ct);
        try
        {
            var listing = await OgrInfo(file, "counties");
            var codes = AdcodeLine().Matches(listing).Select(m => m.Groups[1].Value).ToList();

            List<string> zhejiang;
            await using (var db = server.Database.CreateContext(server.Database.OwnerConnectionString))
                zhejiang = await db.AdminUnits.Where(u => u.ProvinceCode == "330000" && (u.Level == "county" || u.Level == "county_city" || u.Level == "district"))
                    .Select(u => u.Code).ToListAsync(_ct);
            Assert.Equal(90, zhejiang.Count); // 浙江: 37 districts, 20 county-level cities, 33 counties
            Assert.Empty(zhejiang.Except(codes));
            Assert.Equal(codes.Count, codes.Distinct().Count());
            Assert.Contains("330902", codes); // 定海区, Zhoushan's islands
            Assert.Contains("name_zh (String) = 定海区", listing);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_tile_asked_again_with_its_ETag_is_304_without_a_body()
    {
        var first = await server.Client.GetAsync(ZhejiangTile, _ct);
        Assert.NotNull(first.Headers.ETag);
        Assert.Contains("max-age", first.Headers.CacheControl?.ToString());

        using var again = new HttpRequestMessage(HttpMethod.Get, ZhejiangTile);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag);
        var second = await server.Client.SendAsync(again, _ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(_ct));
    }

    [Fact]
    public async Task A_client_accepting_gzip_gets_the_same_tile_gzipped_with_an_ETag_of_its_own()
    {
        var raw = await server.Client.GetAsync(ZhejiangTile, _ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, ZhejiangTile);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("gzip"));
        var gzipped = await server.Client.SendAsync(request, _ct);

        Assert.Equal("gzip", Assert.Single(gzipped.Content.Headers.ContentEncoding));
        await using var unzip = new System.IO.Compression.GZipStream(await gzipped.Content.ReadAsStreamAsync(_ct), System.IO.Compression.CompressionMode.Decompress);
        using var unzipped = new MemoryStream();
        await unzip.CopyToAsync(unzipped, _ct);
        Assert.Equal(await raw.Content.ReadAsByteArrayAsync(_ct), unzipped.ToArray());
        Assert.NotEqual(raw.Headers.ETag, gzipped.Headers.ETag);
    }

    [Theory]
    [InlineData("30/0/0", "z")]
    [InlineData("5/32/0", "y")]
    [InlineData("5/0/-1", "x")]
    [InlineData("5/0/1e1", "x")]
    public async Task A_tile_outside_WebMercatorQuad_is_a_400_problem_naming_the_parameter(string zyx, string parameter)
    {
        var response = await server.Client.GetAsync("/ogc/collections/counties/tiles/WebMercatorQuad/" + zyx, _ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct));
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task The_tileset_list_links_the_tile_template_and_a_TileJSON_that_points_at_the_same_tiles()
    {
        using var list = JsonDocument.Parse(await server.Client.GetStringAsync("/ogc/collections/prefectures/tiles", _ct));
        var tileset = Assert.Single(list.RootElement.GetProperty("tilesets").EnumerateArray());
        Assert.Equal("http://www.opengis.net/def/tilematrixset/OGC/1.0/WebMercatorQuad", tileset.GetProperty("tileMatrixSetURI").GetString());
        var links = tileset.GetProperty("links").EnumerateArray().ToList();
        var item = links.Single(l => l.GetProperty("rel").GetString() == "item");
        Assert.Equal("application/vnd.mapbox-vector-tile", item.GetProperty("type").GetString());
        Assert.EndsWith("/ogc/collections/prefectures/tiles/WebMercatorQuad/{tileMatrix}/{tileRow}/{tileCol}", item.GetProperty("href").GetString());

        var tileJsonUrl = links.Single(l => l.GetProperty("title").GetString() == "TileJSON").GetProperty("href").GetString()!;
        using var tileJson = JsonDocument.Parse(await server.Client.GetStringAsync(tileJsonUrl, _ct));
        Assert.Equal("3.0.0", tileJson.RootElement.GetProperty("tilejson").GetString());
        Assert.EndsWith("/ogc/collections/prefectures/tiles/WebMercatorQuad/{z}/{y}/{x}",
            tileJson.RootElement.GetProperty("tiles")[0].GetString());
        Assert.Contains(tileJson.RootElement.GetProperty("vector_layers").EnumerateArray(), l => l.GetProperty("id").GetString() == "prefectures");
    }

    [Fact]
    public async Task An_unknown_collection_has_no_tiles()
    {
        var response = await server.Client.GetAsync("/ogc/collections/planets/tiles/WebMercatorQuad/0/0/0", _ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<string> OgrInfo(string file, string layer)
    {
        var psi = new ProcessStartInfo("ogrinfo") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-ro", "-al", "-oo", "Z=5", "-oo", "X=26", "-oo", "Y=13", "MVT:" + file, layer }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync(_ct);
        var stdout = await p.StandardOutput.ReadToEndAsync(_ct);
        await p.WaitForExitAsync(_ct);
        Assert.True(p.ExitCode == 0, "ogrinfo failed: " + await stderr);
        return stdout;
    }

    [GeneratedRegex(@"adcode \(String\) = (\d+)")]
    private static partial Regex AdcodeLine();
}
