using MapDashboard.TestSupport;
using Microsoft.Extensions.Options;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

public class StartupValidationTests
{
    [Fact]
    public void Import_on_start_without_a_geodata_folder_fails_naming_the_setting()
    {
        using var factory = new DashboardFactory("Host=127.0.0.1;Port=1;Database=none", new Dictionary<string, string?>
        {
            ["MapDashboard:ImportOnStart"] = "true",
            ["MapDashboard:GeodataDir"] = "/nonexistent/geodata",
            ["MapDashboard:SeedsDir"] = RepoPaths.Seeds,
        });
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("MapDashboard__GeodataDir", error.Message);
    }

    [Fact]
    public void A_tile_url_without_placeholders_fails_naming_the_setting()
    {
        using var factory = new DashboardFactory("Host=127.0.0.1;Port=1;Database=none", new Dictionary<string, string?>
        {
            ["MapDashboard:TileUrl"] = "https://tiles.example.org/map.png",
        });
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("MapDashboard__TileUrl", error.Message);
    }
}
