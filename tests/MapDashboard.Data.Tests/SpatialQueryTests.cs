using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.Data.Tests;

public class SpatialQueryTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stored_multipolygon_comes_back_with_SRID_4326_and_contains_its_point()
    {
        await using (var db = database.CreateContext())
        {
            db.AdminUnits.Add(AdminUnitFixtures.BeijingSquare());
            await db.SaveChangesAsync(_ct);
        }

        await using var read = database.CreateContext();
        var unit = await read.AdminUnits.AsNoTracking().SingleAsync(u => u.Code == "110000", _ct);
        Assert.Equal(4326, unit.Boundary!.SRID);
        Assert.Equal("MultiPolygon", unit.Boundary.GeometryType);

        var tiananmen = Wkt.Read<NetTopologySuite.Geometries.Point>("POINT (116.3975 39.9087)");
        Assert.Equal(["110000"], await BoundaryQueries.ContainingAsync(read, tiananmen, _ct));

        var shanghai = Wkt.Read<NetTopologySuite.Geometries.Point>("POINT (121.47 31.23)");
        Assert.Empty(await BoundaryQueries.ContainingAsync(read, shanghai, _ct));
    }

    [Fact]
    public async Task The_migrated_schema_has_gist_indexes_on_boundary_and_point()
    {
        await using var db = database.CreateContext();
        var indexes = await db.Database
            .SqlQueryRaw<string>("SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'admin_units'")
            .ToListAsync(_ct);
        Assert.Contains(indexes, i => i.Contains("USING gist (boundary)"));
        Assert.Contains(indexes, i => i.Contains("USING gist (point)"));
    }
}
