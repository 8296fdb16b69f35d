using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Ogc;

/// <summary>The app connected as the read-only web role to a database the importer filled, as scripts/run serves it.</summary>
public sealed class TileServer : IAsyncLifetime
{
    public LeastPrivilegeDatabase Database { get; } = new();
    private DashboardFactory? _app;

    public HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        _app = new DashboardFactory(Database.WebConnectionString);
        Client = _app.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_app != null) await _app.DisposeAsync();
        await Database.DisposeAsync();
    }
}
