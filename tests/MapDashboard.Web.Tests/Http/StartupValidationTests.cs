using MapDashboard.TestSupport;
using Microsoft.Extensions.Options;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

public class StartupValidationTests
{
    [Fact]
    public void Asking_the_web_process_to_import_on_start_fails_naming_the_command_that_does_it_now()
    {
        using var factory = new DashboardFactory("Host=127.0.0.1;Port=1;Database=none", new Dictionary<string, string?>
        {
            ["MapDashboard:ImportOnStart"] = "true",
        });
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("mapdash import", error.Message);
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
