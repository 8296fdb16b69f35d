using MapDashboard.Data.ReadModel;
using MapDashboard.TestSupport;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The prerender and the circuit's first render ask for the same view; the second is answered from memory.</summary>
public class DashboardDataReuseTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private DashboardData Data() => RealDashboardData.At(database.ConnectionString);

    [Fact]
    public async Task The_same_view_asked_again_is_answered_at_once_with_the_same_rows()
    {
        var data = Data();
        var first = Assert.IsType<DashboardLoad.Loaded>(await data.LoadAsync(DashboardFilter.None, _ct));
        var again = data.LoadAsync(DashboardFilter.None, _ct);
        Assert.True(again.IsCompletedSuccessfully);
        Assert.Equal(first.View.Rows.Count, Assert.IsType<DashboardLoad.Loaded>(await again).View.Rows.Count);
    }

    [Fact]
    public async Task Another_filter_is_not_answered_with_the_first_filters_rows()
    {
        var data = Data();
        var all = Assert.IsType<DashboardLoad.Loaded>(await data.LoadAsync(DashboardFilter.None, _ct));
        var guangdong = DashboardFilter.None with { ProvinceCodes = new HashSet<string> { "440000" } };
        var some = Assert.IsType<DashboardLoad.Loaded>(await data.LoadAsync(guangdong, _ct));
        Assert.NotEmpty(some.View.Rows);
        Assert.All(some.View.Rows, r => Assert.Equal("440000", r.ProvinceCode));
        Assert.True(some.View.Rows.Count < all.View.Rows.Count);
    }
}
