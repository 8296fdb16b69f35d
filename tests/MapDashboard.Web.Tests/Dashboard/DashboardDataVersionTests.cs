using MapDashboard.Data.ReadModel;
using MapDashboard.TestSupport;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>
/// Views are kept until the data changes, not for a while: a write to the imported tables raises the data version, and
/// once the app has read it the next view is queried again. Each test has its own database.
/// </summary>
public class DashboardDataVersionTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly PostgisDatabase _database = new();

    public async ValueTask InitializeAsync()
    {
        await _database.InitializeAsync();
        await using var db = _database.CreateContext();
        await NoticeFixtures.SeedOnePracticeAsync(db, "The first excerpt.");
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    private async Task<string> ExcerptShown(DashboardData data) =>
        Assert.Single(Assert.IsType<DashboardLoad.Loaded>(await data.LoadAsync(DashboardFilter.None, _ct)).View.Rows).Excerpt;

    private async Task EditExcerpt(string excerpt)
    {
        await using var db = _database.CreateContext();
        await db.Practices.ExecuteUpdateAsync(s => s.SetProperty(p => p.Excerpt, excerpt), _ct);
    }

    [Fact]
    public async Task An_edit_shows_once_the_new_data_version_is_read_and_not_before()
    {
        var data = RealDashboardData.At(_database.ConnectionString, out var imported);
        Assert.True(await imported.RefreshAsync(_ct));
        Assert.Equal("The first excerpt.", await ExcerptShown(data));

        await EditExcerpt("The edited excerpt.");
        Assert.Equal("The first excerpt.", await ExcerptShown(data));
        Assert.True(await imported.RefreshAsync(_ct));
        Assert.Equal("The edited excerpt.", await ExcerptShown(data));
    }

    [Fact]
    public async Task Without_a_write_the_version_stays_and_the_view_is_answered_from_memory()
    {
        var data = RealDashboardData.At(_database.ConnectionString, out var imported);
        await imported.RefreshAsync(_ct);
        var version = imported.Version;
        await ExcerptShown(data);

        Assert.False(await imported.RefreshAsync(_ct));
        Assert.Equal(version, imported.Version);
        Assert.True(data.LoadAsync(DashboardFilter.None, _ct).IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_database_that_does_not_answer_keeps_the_last_version_and_the_views()
    {
        var data = RealDashboardData.At(_database.ConnectionString, out var imported);
        await imported.RefreshAsync(_ct);
        await ExcerptShown(data);
        var unreachable = RealDashboardData.At("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=3", out var cut);

        Assert.False(await cut.RefreshAsync(_ct));
        Assert.Equal(0, cut.Version);
        Assert.IsType<DashboardLoad.DatabaseUnavailable>(await unreachable.LoadAsync(DashboardFilter.None, _ct));
        Assert.Equal("The first excerpt.", await ExcerptShown(data));
    }
}
