using MapDashboard.Core.Notices.Output;
using MapDashboard.Data.Export;
using MapDashboard.Data.Import;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Data.Tests;

public sealed class NoticeExportTests(PostgisDatabase database) : IClassFixture<PostgisDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Export_writes_the_same_localities_practices_and_indicators_as_read_notice()
    {
        var text = NoticeTestData.Text;
        var read = NoticeTestData.Read(text);
        await using (var db = database.CreateContext())
        {
            await NoticeTestData.EnsureAdminUnits(db, _ct, read);
            await NoticeImporter.ImportAsync(db, new NoticeToImport("ndrc-2021-668", text, read), ImportOptions.Default, _ct);
        }
        await using var ctx = database.CreateContext();
        var exported = await NoticeExporter.LoadAsync(ctx, "ndrc-2021-668", _ct);

        var dirRead = Directory.CreateTempSubdirectory("notice-read-").FullName;
        var dirExport = Directory.CreateTempSubdirectory("notice-export-").FullName;
        try
        {
            NoticeOutputWriter.WriteAll(dirRead, read);
            NoticeOutputWriter.WriteAll(dirExport, exported, NoticeExporter.ReviewPreface);
            foreach (var file in new[] { "localities.geojson", "practices.csv", "indicators.csv" })
                Assert.Equal(File.ReadAllText(Path.Combine(dirRead, file)), File.ReadAllText(Path.Combine(dirExport, file)));
            Assert.Contains("Repaired figures", File.ReadAllText(Path.Combine(dirExport, "review.md")));
        }
        finally
        {
            Directory.Delete(dirRead, true);
            Directory.Delete(dirExport, true);
        }
    }
}
