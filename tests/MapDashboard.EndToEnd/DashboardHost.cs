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
        // Set-up may have failed half-way; disposing what exists keeps its real error visible.
        if (Browser is not null) await Browser.DisposeAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>
/// One polygon with one practice whose excerpt carries markup and a script payload: enough to see the shell draw
/// something, and to prove that notice text reaches the page only as text.
/// </summary>
public sealed class OnePolygonHost : DashboardHost
{
    public const string HostileExcerpt = "Beijing <img src=x onerror=\"window.__xss=1\"> <b>bold</b> built 5 centres.";

    protected override async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        await NoticeFixtures.SeedOnePracticeAsync(db, HostileExcerpt);
    }
}
