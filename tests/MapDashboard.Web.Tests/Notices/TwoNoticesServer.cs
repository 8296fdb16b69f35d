using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Notices;

/// <summary>The app over the real seeds plus a second notice (part of the seed text, another number) imported beside it.</summary>
public sealed class TwoNoticesServer : IAsyncLifetime
{
    public SeededPostgisDatabase Database { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public int SecondLocalities { get; private set; }
    public int SecondPractices { get; private set; }
    private DashboardFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateContext())
        {
            var read = await SecondNotice.ImportAsync(db);
            (SecondLocalities, SecondPractices) = (read.Localities.Count, read.Practices.Count);
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
