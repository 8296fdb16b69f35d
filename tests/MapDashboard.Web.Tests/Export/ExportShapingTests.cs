using System.Text;
using System.Text.Json;
using MapDashboard.Core.Text;
using MapDashboard.Data.ReadModel;
using MapDashboard.Web.Features.Export;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using Xunit;

namespace MapDashboard.Web.Tests.Export;

public class ExportShapingTests
{
    private static PracticeRow Practice(string excerpt = "Shenzhen built 12,000 places.", params IndicatorRow[] figures) =>
        new(7, 1, "Theme one", 2, "Public services", "440300", "深圳市", "Shenzhen", "prefecture", "440000", "广东省", "Guangdong",
            excerpt, 100, 130, figures);

    private static IndicatorRow Figure(decimal? value, string unit, string qualifier = "", bool repaired = false) =>
        new(value, unit, qualifier, "about 12 thousand places", "read 万 as 10,000", repaired, 110, 128);

    private static string[][] Read(byte[] bytes) =>
        Csv.ReadRecords(new StringReader(Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'))).ToArray();

    [Fact]
    public void A_practice_row_carries_names_in_both_languages_and_its_figures_in_one_column()
    {
        var rows = Read(PracticeCsv.Practices([Practice(figures: [Figure(12000, "places", "about"), Figure(3.5m, "%")])]));

        var row = rows[1];
        Assert.Equal("深圳市", row[Array.IndexOf(PracticeCsv.PracticeHeader, "name_zh")]);
        Assert.Equal("Shenzhen", row[Array.IndexOf(PracticeCsv.PracticeHeader, "name_en")]);
        Assert.Equal("about 12,000 places; 3.5%", row[Array.IndexOf(PracticeCsv.PracticeHeader, "figures")]);
    }

    [Fact]
    public void A_figure_row_keeps_the_number_plain_and_says_how_it_was_read()
    {
        var rows = Read(PracticeCsv.Figures([Practice(figures: [Figure(12000, "places", "about", repaired: true)])]));

        var row = rows[1];
        Assert.Equal("12000", row[Array.IndexOf(PracticeCsv.FigureHeader, "value")]);
        Assert.Equal("read 万 as 10,000", row[Array.IndexOf(PracticeCsv.FigureHeader, "how_read")]);
        Assert.Equal("true", row[Array.IndexOf(PracticeCsv.FigureHeader, "repaired")]);
    }

    [Fact]
    public void Text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text()
    {
        var rows = Read(PracticeCsv.Practices([Practice("=HYPERLINK(\"http://x\")")]));

        Assert.Equal("'=HYPERLINK(\"http://x\")", rows[1][Array.IndexOf(PracticeCsv.PracticeHeader, "excerpt")]);
    }

    [Fact]
    public void Lines_end_in_CRLF_after_a_byte_order_mark()
    {
        var bytes = PracticeCsv.Practices([Practice()]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(2, Encoding.UTF8.GetString(bytes).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static NoticeData Notice(params PracticeRow[] rows)
    {
        var point = NtsGeometryServices.Instance.CreateGeometryFactory(4326).CreatePoint(new Coordinate(114.06, 22.54));
        var shenzhen = new LocalityInfo("440300", "深圳市", "Shenzhen", "Shenzhen", "prefecture", "440000", "广东省", "Guangdong",
            "440000", "", "", "", point, null);
        return new NoticeData(new NoticeSummary("n", "", "A notice", null, null, null, NoticeSummary.Published, null, DateTimeOffset.UnixEpoch, 1, rows.Length),
            "", [], rows, new Dictionary<string, LocalityInfo> { ["440300"] = shenzhen });
    }

    [Fact]
    public void An_exported_locality_is_a_point_in_the_locality_vocabulary_with_its_practices()
    {
        var bytes = ExportGeoJson.Write(Notice(Practice()), [Practice(figures: [Figure(12000, "places", "about")])]);

        using var json = JsonDocument.Parse(bytes);
        var feature = Assert.Single(json.RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal("[114.06,22.54]", feature.GetProperty("geometry").GetProperty("coordinates").GetRawText());
        var p = feature.GetProperty("properties");
        Assert.Equal(("440300", "Guangdong", "n", 1), (p.GetProperty("code").GetString(), p.GetProperty("province_name_en").GetString(),
            p.GetProperty("notice").GetString(), p.GetProperty("practice_count").GetInt32()));
        Assert.Equal("about 12,000 places", p.GetProperty("practices")[0].GetProperty("figures")[0].GetProperty("figure").GetString());
    }

    [Fact]
    public void Chinese_is_written_as_characters_not_escapes_in_GeoJSON()
    {
        var bytes = ExportGeoJson.Write(Notice(Practice()), [Practice()]);

        Assert.Contains("\"name_zh\":\"深圳市\"", Encoding.UTF8.GetString(bytes));
    }

    [Theory]
    [InlineData("", "", "", "ndrc-2021-668-practices.csv")]
    [InlineData("440000", "", "1,2", "ndrc-2021-668-practices-p440000-m1.2.csv")]
    [InlineData("110000,120000,130000,140000", "county", "", "ndrc-2021-668-practices-4provinces-lcounty.csv")]
    public void File_names_say_the_notice_and_the_filter(string provinces, string levels, string measures, string expected)
    {
        static HashSet<string> Set(string s) => s.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var filter = new DashboardFilter
        {
            ProvinceCodes = Set(provinces), Levels = Set(levels),
            Measures = measures.Length == 0 ? null : Set(measures).Select(int.Parse).ToHashSet(),
        };

        Assert.Equal(expected, ExportFileName.For("ndrc-2021-668", "practices", filter, "csv"));
    }
}
