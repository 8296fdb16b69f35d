using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

/// <summary>The app over a database holding one hand-made province (Beijing, a square), shared by one test class.</summary>
public sealed class OnePolygonServer : IAsyncLifetime
{
    public PostgisDatabase Database { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    private DashboardFactory? _factory;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateContext())
        {
            db.AdminUnits.Add(AdminUnitFixtures.BeijingSquare());
            await db.SaveChangesAsync();
        }
        _factory = new DashboardFactory(Database.ConnectionString);
        Client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
