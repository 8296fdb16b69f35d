using System.Text.Json;
using Xunit;

namespace MapDashboard.EndToEnd.Ogc;

/// <summary>GDAL 3.6's OAPIF driver, a real client of the API, reading it as QGIS and analysts' scripts do.</summary>
[Collection(OgcServerCollection.Name)]
public class OgcGdalTests(OgcServer server)
{
    private string Oapif => "OAPIF:" + server.Root;

    [Fact]
    public async Task Ogrinfo_lists_the_five_collections()
    {
        var output = await Gdal.RunAsync("ogrinfo", "-ro", "-q", Oapif);

        foreach (var layer in new[] { "1: localities", "2: practices", "3: provinces", "4: prefectures", "5: counties" })
            Assert.Contains(layer, output);
    }

    [Fact]
    public async Task Ogr2ogr_of_counties_returns_every_unit_once_with_valid_geometry_and_all_its_parts()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("ogc-gdal").FullName, "counties.geojson");

        await Gdal.RunAsync("ogr2ogr", "-f", "GeoJSON", file, Oapif, "counties");

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        var codes = features.Select(f => f.GetProperty("properties").GetProperty("code").GetString()!).ToArray();
        var geometries = features.Select(f => f.GetProperty("geometry").GetRawText()).ToArray();
        var expected = await server.ScalarAsync<long>("SELECT count(*) FROM admin_units WHERE level IN ('county_city', 'county', 'district')");
        Assert.Equal(expected, codes.Length);
        Assert.Equal(codes.Length, codes.Distinct().Count());
        // PostGIS judges what GDAL wrote: valid, and as many parts and vertices as the stored boundary (null where none is stored).
        var invalid = await server.ScalarAsync<long>(
            "SELECT count(*) FROM unnest($1::text[]) g WHERE NOT ST_IsValid(ST_GeomFromGeoJSON(NULLIF(g, 'null')))", [geometries]);
        var differing = await server.ScalarAsync<long>("""
            SELECT count(*) FROM unnest($1::text[], $2::text[]) AS g(code, json) JOIN admin_units u ON u.code = g.code
            WHERE (g.json = 'null') <> (u.boundary IS NULL)
               OR ST_NumGeometries(ST_GeomFromGeoJSON(NULLIF(g.json, 'null'))) <> ST_NumGeometries(u.boundary)
               OR ST_NPoints(ST_GeomFromGeoJSON(NULLIF(g.json, 'null'))) <> ST_NPoints(u.boundary)
            """, [codes, geometries]);
        Assert.Equal(0, invalid);
        Assert.Equal(0, differing);
    }

    [Fact]
    public async Task Ogrinfo_counts_the_pilot_localities_of_the_current_notice()
    {
        var output = await Gdal.RunAsync("ogrinfo", "-ro", "-so", Oapif, "localities");

        var expected = await server.ScalarAsync<long>("SELECT count(DISTINCT admin_code) FROM practices");
        Assert.Contains($"Feature Count: {expected}", output);
    }
}
