using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data.Queries;

public static class DataVersionQueries
{
    /// <summary>
    /// A number that goes up, when the transaction commits, with every write to the imported tables (migration
    /// DataVersion); what was built from an older number is out of date.
    /// </summary>
    public static Task<long> CurrentAsync(MapDashboardDbContext db, CancellationToken ct) =>
        db.Database.SqlQueryRaw<long>("SELECT version AS \"Value\" FROM data_version WHERE id = 1").SingleAsync(ct);
}
