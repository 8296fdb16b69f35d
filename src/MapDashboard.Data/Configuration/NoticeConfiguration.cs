using MapDashboard.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MapDashboard.Data.Configuration;

internal sealed class NoticeConfiguration : IEntityTypeConfiguration<Notice>
{
    public void Configure(EntityTypeBuilder<Notice> e)
    {
        e.ToTable("notices");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id").HasMaxLength(64);
        e.Property(x => x.Number).HasColumnName("number");
        e.Property(x => x.Title).HasColumnName("title");
        e.Property(x => x.TitleZh).HasColumnName("title_zh");
        e.Property(x => x.IssuedOn).HasColumnName("issued_on");
        e.Property(x => x.Source).HasColumnName("source");
        // Rows stored before notices had a status were what readers saw: migration NoticesAsData marks them published.
        e.Property(x => x.Status).HasColumnName("status").HasMaxLength(16)
            .HasConversion(v => v == NoticeStatus.Published ? "published" : "draft",
                v => v == "published" ? NoticeStatus.Published : NoticeStatus.Draft);
        e.Property(x => x.PublishedAt).HasColumnName("published_at");
        e.Property(x => x.TextSha256).HasColumnName("text_sha256").HasMaxLength(64);
        e.Property(x => x.Text).HasColumnName("text");
        e.Property(x => x.ImportedAt).HasColumnName("imported_at");
        e.HasMany(x => x.Measures).WithOne().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.ReviewDecisions).WithOne().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Revisions).WithOne().HasForeignKey(x => x.NoticeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.Status, x.PublishedAt });
    }
}

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> e)
    {
        e.ToTable("measures");
        e.HasKey(x => new { x.NoticeId, x.Number });
        e.Property(x => x.NoticeId).HasColumnName("notice_id");
        e.Property(x => x.Number).HasColumnName("number");
        e.Property(x => x.ThemeNumber).HasColumnName("theme_number");
        e.Property(x => x.ThemeTitle).HasColumnName("theme_title");
        e.Property(x => x.Title).HasColumnName("title");
        e.Property(x => x.TitleZh).HasColumnName("title_zh");
        e.Property(x => x.ThemeTitleZh).HasColumnName("theme_title_zh");
        e.Property(x => x.Lead).HasColumnName("lead");
        e.HasMany(x => x.Practices).WithOne(x => x.Measure)
            .HasForeignKey(x => new { x.NoticeId, x.MeasureNumber }).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> e)
    {
        e.ToTable("practices");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.NoticeId).HasColumnName("notice_id");
        e.Property(x => x.MeasureNumber).HasColumnName("measure_number");
        e.Property(x => x.AdminCode).HasColumnName("admin_code").HasMaxLength(12);
        e.Property(x => x.Excerpt).HasColumnName("excerpt");
        e.Property(x => x.Start).HasColumnName("start_offset");
        e.Property(x => x.End).HasColumnName("end_offset");
        e.HasIndex(x => new { x.NoticeId, x.MeasureNumber, x.AdminCode }).IsUnique();
        e.HasOne(x => x.Locality).WithMany().HasForeignKey(x => x.AdminCode).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Indicators).WithOne(x => x.Practice).HasForeignKey(x => x.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> e)
    {
        e.ToTable("indicators");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.PracticeId).HasColumnName("practice_id");
        e.Property(x => x.Value).HasColumnName("value").HasPrecision(20, 4);
        e.Property(x => x.Unit).HasColumnName("unit");
        e.Property(x => x.Qualifier).HasColumnName("qualifier");
        e.Property(x => x.SourcePhrase).HasColumnName("source_phrase");
        e.Property(x => x.Start).HasColumnName("start_offset");
        e.Property(x => x.End).HasColumnName("end_offset");
        e.Property(x => x.Note).HasColumnName("note");
        e.Property(x => x.Repaired).HasColumnName("repaired");
    }
}

internal sealed class NoticeReviewDecisionConfiguration : IEntityTypeConfiguration<NoticeReviewDecision>
{
    public void Configure(EntityTypeBuilder<NoticeReviewDecision> e)
    {
        e.ToTable("review_decisions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.NoticeId).HasColumnName("notice_id");
        e.Property(x => x.Adcode).HasColumnName("adcode").HasMaxLength(12);
        e.Property(x => x.SourcePhrase).HasColumnName("source_phrase");
        e.Property(x => x.Action).HasColumnName("action").HasMaxLength(8);
        e.Property(x => x.Value).HasColumnName("value").HasPrecision(20, 4);
        e.Property(x => x.Unit).HasColumnName("unit");
        e.Property(x => x.Reason).HasColumnName("reason");
        e.HasIndex(x => new { x.NoticeId, x.Adcode, x.SourcePhrase }).IsUnique();
        e.ToTable(t => t.HasCheckConstraint("ck_review_decisions_action", "action IN ('set', 'keep', 'ignore')"));
    }
}

internal sealed class NoticeRevisionConfiguration : IEntityTypeConfiguration<NoticeRevision>
{
    public void Configure(EntityTypeBuilder<NoticeRevision> e)
    {
        e.ToTable("notice_revisions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Id).HasColumnName("id");
        e.Property(x => x.NoticeId).HasColumnName("notice_id");
        e.Property(x => x.Sequence).HasColumnName("sequence");
        e.Property(x => x.Text).HasColumnName("text");
        e.Property(x => x.TextSha256).HasColumnName("text_sha256").HasMaxLength(64);
        e.Property(x => x.Decisions).HasColumnName("decisions");
        e.Property(x => x.PublishedBy).HasColumnName("published_by");
        e.Property(x => x.PublishedAt).HasColumnName("published_at");
        e.Property(x => x.Summary).HasColumnName("summary");
        e.HasIndex(x => new { x.NoticeId, x.Sequence }).IsUnique();
    }
}
