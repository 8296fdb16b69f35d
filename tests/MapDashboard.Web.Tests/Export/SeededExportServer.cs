using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Export;

/// <summary>The app over a database holding the real geodata and notice seeds, shared by one test class.</summary>
public sealed class SeededExportServer : IAsyncLifetime
{
    public SeededPostgisDatabase Database { get; } = new();
    public HttpClient Client { get; private set; } = null!;
    public string NoticeId { get; private set; } = "";
    private DashboardFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        await using (var db = Database.CreateContext())
        {
            NoticeId = await PracticeQueries.CurrentNoticeIdAsync(db, CancellationToken.None)
                ?? throw new InvalidOperationException("The seeds imported no notice.");
        }
        _factory = new DashboardFactory(Database.ConnectionString);
        Client = _factory.CreateClient();
    }

    /// <summary>What the dashboard itself lists for this filter: the number every export must match.</summary>
    public async Task<IReadOnlyList<PracticeRow>> PracticesAsync(DashboardFilter filter)
    {
        await using var db = Database.CreateContext();
        return await PracticeQueries.ListAsync(db, NoticeId, filter, CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
