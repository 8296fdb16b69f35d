using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.EndToEnd;

/// <summary>
/// The real app on Kestrel against its own PostGIS database, plus a browser; shared by the tests of one class.
/// Subclasses seed what their tests need.
/// </summary>
public abstract class DashboardHost : IAsyncLifetime
{
    public PostgisDatabase Database { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public BrowserSession Browser { get; private set; } = null!;
    private DashboardFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await SeedAsync();
        _factory = new DashboardFactory(Database.ConnectionString);
        BaseAddress = _factory.StartKestrel();
        Browser = await BrowserSession.LaunchAsync();
    }

    protected abstract Task SeedAsync();

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await _factory.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A database holding one polygon: enough to see the shell draw something.</summary>
public sealed class OnePolygonHost : DashboardHost
{
    protected override async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        db.AdminUnits.Add(AdminUnitFixtures.BeijingSquare());
        await db.SaveChangesAsync();
    }
}
