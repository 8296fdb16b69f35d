using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices;
using MapDashboard.Data.Import;
using MapDashboard.Data.ReadModel;
using Microsoft.EntityFrameworkCore;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Data.Tests;

/// <summary>Our Chinese theme and measure titles (seeds/&lt;slug&gt;.titles-zh.csv) reach the measures through the import.</summary>
public class MeasureTitleImportTests(SeededPostgisDatabase database) : IClassFixture<SeededPostgisDatabase>
{
    private const string Notice = "ndrc-2021-668";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    // The snapshot's own reading of the rows, so the test sees what the dashboard shows.
    private async Task<IReadOnlyList<MeasureInfo>> MeasuresAsync(MapDashboardDbContext db) =>
        (await SnapshotBuilder.BuildAsync(db, 0, _ct)).Find(Notice)!.Measures;

    [Fact]
    public async Task Every_measure_and_its_theme_have_our_Chinese_title_beside_the_notices_English()
    {
        await using var db = database.CreateContext();
        var measures = await MeasuresAsync(db);
        Assert.Equal(13, measures.Count);
        Assert.All(measures, m => Assert.False(string.IsNullOrWhiteSpace(m.TitleZh)));
        Assert.All(measures, m => Assert.False(string.IsNullOrWhiteSpace(m.ThemeTitleZh)));
        var first = measures[0];
        Assert.Equal(("深化户籍制度改革", "提高农业转移人口市民化质量"), (first.TitleZh, first.ThemeTitleZh));
        Assert.StartsWith("Deepen", first.Title);
    }

    [Fact]
    public async Task A_changed_titles_file_changes_the_titles_on_the_next_import()
    {
        await using var db = database.CreateContext();
        var seed = NoticeSeed.Load(Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt"));
        var extraction = seed.Read(GazetteerCsv.ReadFile(Path.Combine(RepoPaths.Geodata, GeodataFiles.Gazetteer)));
        var titles = TitleTranslations.Read(new StringReader("kind,number,title_zh\nmeasure,1,户籍改革\n"));
        try
        {
            await NoticeImporter.ImportAsync(db, new NoticeToImport(Notice, seed.Text, extraction) { TitlesZh = titles }, ImportOptions.Default, _ct);
            var measures = await MeasuresAsync(db);
            Assert.Equal("户籍改革", measures[0].TitleZh);
            Assert.Null(measures[0].ThemeTitleZh);
            Assert.Null(measures[1].TitleZh);
        }
        finally
        {
            await SeedImport.RunAsync(db, RepoPaths.Geodata, RepoPaths.Seeds, CancellationToken.None);
        }
    }
}
