using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MapDashboard.Data.Configuration;

internal sealed class AdminUnitConfiguration : IEntityTypeConfiguration<AdminUnit>
{
    public void Configure(EntityTypeBuilder<AdminUnit> e)
    {
        e.ToTable("admin_units");
        e.HasKey(x => x.Code);
        e.Property(x => x.Code).HasColumnName("code").HasMaxLength(12);
        e.Property(x => x.Level).HasColumnName("level").HasMaxLength(16);
        e.Property(x => x.NameZh).HasColumnName("name_zh");
        e.Property(x => x.ShortNameZh).HasColumnName("short_name_zh");
        e.Property(x => x.NameEn).HasColumnName("name_en");
        e.Property(x => x.Pinyin).HasColumnName("pinyin");
        e.Property(x => x.ParentCode).HasColumnName("parent_code").HasMaxLength(12);
        e.Property(x => x.ProvinceCode).HasColumnName("province_code").HasMaxLength(6);
        e.Property(x => x.Boundary).HasColumnName("boundary").HasColumnType("geometry(MultiPolygon,4326)");
        e.Property(x => x.Point).HasColumnName("point").HasColumnType("geometry(Point,4326)");
        e.HasIndex(x => x.Boundary).HasMethod("gist");
        e.HasIndex(x => x.Point).HasMethod("gist");
        e.HasIndex(x => x.ProvinceCode);
        e.HasIndex(x => x.Level);
    }
}
