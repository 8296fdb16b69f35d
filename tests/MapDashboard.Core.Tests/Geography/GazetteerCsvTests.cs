using MapDashboard.Core.Geography;
using Xunit;

namespace MapDashboard.Core.Tests.Geography;

public class GazetteerCsvTests
{
    private static readonly GazetteerEntry Former = new("350625", AdminLevel.County, "长泰县", "长泰", "Changtai", "Changtai County",
        "350600", "350000", 117.815664, 24.69975, false, "350605");

    [Fact]
    public void Written_entries_read_back_equal()
    {
        var town = new GazetteerEntry("220184103", AdminLevel.Town, "范家屯镇", "范家屯", "Fanjiatun", "Fanjiatun Town, \"Jilin\"",
            "220184", "220000", 124.81979, 43.50075, true, "");
        var writer = new StringWriter();
        GazetteerCsv.Write(writer, [Former, town]);

        var read = GazetteerCsv.Read(new StringReader(writer.ToString()));

        Assert.Equal([Former, town], read);
    }

    [Fact]
    public void A_file_without_the_header_is_rejected()
    {
        Assert.Throws<FormatException>(() => GazetteerCsv.Read(new StringReader("350625,county\n")));
    }

    [Fact]
    public void The_committed_gazetteer_round_trips_unchanged()
    {
        var text = File.ReadAllText(RepoGeodata.PathOf(GeodataFiles.Gazetteer));
        var writer = new StringWriter();

        GazetteerCsv.Write(writer, GazetteerCsv.Read(new StringReader(text)));

        Assert.Equal(text, writer.ToString());
    }
}
