using Microsoft.EntityFrameworkCore.Design;

namespace MapDashboard.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without a running app or database.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<MapDashboardDbContext>
{
    public MapDashboardDbContext CreateDbContext(string[] args)
        => MapDashboardDbContextFactory.Create("Host=127.0.0.1;Database=design_time");
}
