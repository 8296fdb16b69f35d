using MapDashboard.Data;
using MapDashboard.Data.Entities;

namespace MapDashboard.TestSupport;

/// <summary>A one-practice notice on a hand-made unit, for tests that need a dashboard but not the real seeds.</summary>
public static class NoticeFixtures
{
    public const string NoticeId = "test-notice";

    /// <summary>Adds Beijing (one square), a notice with one measure, and one practice with this excerpt and a repaired figure.</summary>
    public static async Task SeedOnePracticeAsync(MapDashboardDbContext db, string excerpt)
    {
        db.AdminUnits.Add(AdminUnitFixtures.BeijingSquare());
        db.Notices.Add(new Notice
        {
            Id = NoticeId, Title = "A test notice", Text = excerpt, TextSha256 = new string('0', 64), ImportedAt = DateTimeOffset.UtcNow,
            Status = NoticeStatus.Published, PublishedAt = DateTimeOffset.UtcNow,
            Measures =
            [
                new Measure
                {
                    NoticeId = NoticeId, Number = 1, ThemeNumber = 1, ThemeTitle = "A test theme", Title = "A test measure", Lead = "Lead.",
                    Practices =
                    [
                        new Practice
                        {
                            NoticeId = NoticeId, AdminCode = "110000", Excerpt = excerpt, Start = 0, End = excerpt.Length,
                            Indicators =
                            [
                                new Indicator
                                {
                                    Value = 12000, Unit = "places", Qualifier = "about", SourcePhrase = "about 6.5438+0.2 million places",
                                    Note = "6.5438+0 stands for 1; 1.2万 = 12,000", Repaired = true, Start = 0, End = 10,
                                },
                            ],
                        },
                    ],
                },
            ],
        });
        await db.SaveChangesAsync();
    }
}
