using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace MapDashboard.Data;

public class MapDashboardDbContext(DbContextOptions<MapDashboardDbContext> options) : DbContext(options)
{
    public DbSet<AdminUnit> AdminUnits => Set<AdminUnit>();
    public DbSet<Notice> Notices => Set<Notice>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<NoticeReviewDecision> ReviewDecisions => Set<NoticeReviewDecision>();
    public DbSet<NoticeRevision> NoticeRevisions => Set<NoticeRevision>();

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.HasPostgresExtension("postgis");
        b.ApplyConfigurationsFromAssembly(typeof(MapDashboardDbContext).Assembly);
    }
}
