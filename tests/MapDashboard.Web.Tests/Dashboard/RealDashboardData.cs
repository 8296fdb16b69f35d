using MapDashboard.Data;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Dashboard;
using MapDashboard.Web.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace MapDashboard.Web.Tests.Dashboard;

internal static class RealDashboardData
{
    /// <summary>DashboardData wired as the app wires it, against the database at <paramref name="connectionString"/>.</summary>
    public static DashboardData At(string connectionString) => At(connectionString, out _);

    /// <summary>The same, with the read model that keeps its snapshot: <paramref name="model"/> reads the data version when told to.</summary>
    public static DashboardData At(string connectionString, out NoticeReadModel model)
    {
        model = new ServiceCollection().AddMapDashboardData(connectionString).BuildServiceProvider().GetRequiredService<NoticeReadModel>();
        return new DashboardData(new NoticeReads(model, NullLogger<NoticeReads>.Instance));
    }
}
