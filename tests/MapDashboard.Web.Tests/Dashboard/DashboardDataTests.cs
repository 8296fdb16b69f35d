using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Xunit;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The dashboard's door to the database, against a server that is not there (a real refused connection).</summary>
public class DashboardDataTests
{
    [Fact]
    public async Task A_database_that_refuses_connections_becomes_the_unavailable_state_not_an_exception()
    {
        var data = RealDashboardData.At("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=3");
        var load = await data.LoadAsync(DashboardFilter.None, TestContext.Current.CancellationToken);
        Assert.IsType<DashboardLoad.DatabaseUnavailable>(load);
    }

    [Fact]
    public async Task What_the_page_is_given_about_a_refused_connection_is_an_id_not_the_server_text()
    {
        var data = RealDashboardData.At("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=3");
        var down = Assert.IsType<DashboardLoad.DatabaseUnavailable>(await data.LoadAsync(DashboardFilter.None, TestContext.Current.CancellationToken));
        Assert.Matches("^ID [0-9a-f]{32}$", down.Reason);
    }

    [Fact]
    public async Task Locality_details_from_an_unreachable_database_are_null_not_an_exception()
    {
        var data = RealDashboardData.At("Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=3");
        Assert.Null(await data.LocalityAsync("ndrc-2021-668", "440114", TestContext.Current.CancellationToken));
    }
}
