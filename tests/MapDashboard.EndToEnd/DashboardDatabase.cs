using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.EndToEnd;

/// <summary>What the database says the dashboard should show, so tests compare the page with the data, not with constants.</summary>
internal static class DashboardDatabase
{
    public static async Task<int> LocalitiesAsync(PostgisDatabase database, Func<Data.Entities.Practice, bool>? where = null)
    {
        await using var db = database.CreateContext();
        var practices = await db.Practices.Include(p => p.Locality).AsNoTracking().ToListAsync();
        return practices.Where(where ?? (_ => true)).Select(p => p.AdminCode).Distinct().Count();
    }

    public static async Task<int> PracticesAsync(PostgisDatabase database, Func<Data.Entities.Practice, bool>? where = null)
    {
        await using var db = database.CreateContext();
        var practices = await db.Practices.Include(p => p.Locality).AsNoTracking().ToListAsync();
        return practices.Count(where ?? (_ => true));
    }
}
