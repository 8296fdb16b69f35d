using MapDashboard.Data.ReadModel;
using MapDashboard.Data;
using MapDashboard.TestSupport;
using Microsoft.Extensions.DependencyInjection;
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
        NoticeId = (await ReadModel().SnapshotAsync(CancellationToken.None)).Current?.Id
            ?? throw new InvalidOperationException("The seeds imported no notice.");
        _factory = new DashboardFactory(Database.ConnectionString);
        Client = _factory.CreateClient();
    }

    /// <summary>What the dashboard itself lists for this filter: the number every export must match.</summary>
    public async Task<IReadOnlyList<PracticeRow>> PracticesAsync(DashboardFilter filter)
    {
        var snapshot = await ReadModel().SnapshotAsync(CancellationToken.None);
        return snapshot.Find(NoticeId)!.List(filter);
    }

    /// <summary>A read model of its own over the test database, as the app wires it.</summary>
    public NoticeReadModel ReadModel() =>
        new ServiceCollection().AddMapDashboardData(Database.ConnectionString).BuildServiceProvider().GetRequiredService<NoticeReadModel>();

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
