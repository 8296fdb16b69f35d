using MapDashboard.Data.Entities;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// The app and a browser over a cluster of its own (<see cref="PrivateCluster"/>), so a test may stop and start the
/// database while others run. Two places, each with one practice: enough to select one, then another.
/// </summary>
public sealed class RestartableDashboardHost : IAsyncLifetime
{
    public PrivateCluster Cluster { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public BrowserSession Browser { get; private set; } = null!;
    private DashboardFactory? _factory;

    public async ValueTask InitializeAsync()
    {
        await Cluster.InitializeAsync();
        await using (var db = Cluster.CreateContext()) await SeedTwoPlacesAsync(db);
        _factory = new DashboardFactory(Cluster.ConnectionString);
        BaseAddress = _factory.StartKestrel();
        Browser = await BrowserSession.LaunchAsync();
    }

    private static async Task SeedTwoPlacesAsync(Data.MapDashboardDbContext db)
    {
        const string notice = "restart-notice";
        const string text = "Beijing built 5 centres. Shanghai opened 7 parks.";
        db.AdminUnits.Add(AdminUnitFixtures.BeijingSquare());
        db.AdminUnits.Add(new AdminUnit
        {
            Code = "310000", Level = "province", NameZh = "上海市", ShortNameZh = "上海", NameEn = "Shanghai", Pinyin = "Shanghai",
            ProvinceCode = "310000",
            Boundary = Wkt.Read<NetTopologySuite.Geometries.MultiPolygon>(
                "MULTIPOLYGON (((120.9 30.7, 121.9 30.7, 121.9 31.8, 120.9 31.8, 120.9 30.7)))"),
            Point = Wkt.Read<NetTopologySuite.Geometries.Point>("POINT (121.47 31.23)"),
        });
        db.Notices.Add(new Notice
        {
            Id = notice, Title = "A test notice", Text = text, TextSha256 = new string('0', 64), ImportedAt = DateTimeOffset.UtcNow,
            Status = NoticeStatus.Published, PublishedAt = DateTimeOffset.UtcNow,
            Measures =
            [
                new Measure
                {
                    NoticeId = notice, Number = 1, ThemeNumber = 1, ThemeTitle = "A test theme", Title = "A test measure", Lead = "Lead.",
                    Practices =
                    [
                        new Practice { NoticeId = notice, AdminCode = "110000", Excerpt = "Beijing built 5 centres.", Start = 0, End = 24 },
                        new Practice { NoticeId = notice, AdminCode = "310000", Excerpt = "Shanghai opened 7 parks.", Start = 25, End = 49 },
                    ],
                },
            ],
        });
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        await Cluster.DisposeAsync();
    }
}
