using System.Text.RegularExpressions;
using Xunit;

namespace MapDashboard.Web.Tests.Http;

/// <summary>
/// The scripts the first picture needs are loaded by their fingerprinted URLs (@Assets[...]): those are served
/// "immutable", so a repeat visit takes them from the browser's cache without asking the server again.
/// </summary>
public partial class ScriptUrlTests(OnePolygonServer server) : IClassFixture<OnePolygonServer>
{
    [Fact]
    public async Task The_Leaflet_bundle_is_preloaded_and_loaded_by_one_fingerprinted_URL()
    {
        var html = await server.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        var preloaded = PreloadedLeaflet().Match(html);
        var loaded = LoadedLeaflet().Match(html);
        Assert.True(loaded.Success, "The page loads no fingerprinted lib/leaflet/leaflet-with-markercluster.*.js");
        // A preload of another URL than the script's would be fetched for nothing.
        Assert.Equal(loaded.Groups["url"].Value, preloaded.Groups["url"].Value);
        Assert.DoesNotContain("\"lib/leaflet/leaflet-with-markercluster.js\"", html);

        using var script = await server.Client.GetAsync(loaded.Groups["url"].Value, TestContext.Current.CancellationToken);
        script.EnsureSuccessStatusCode();
        Assert.Contains("markerClusterGroup", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex("""<link rel="preload" as="script" href="(?<url>lib/leaflet/leaflet-with-markercluster\.[a-z0-9]+\.js)"\s*/?>""")]
    private static partial Regex PreloadedLeaflet();

    [GeneratedRegex("""<script src="(?<url>lib/leaflet/leaflet-with-markercluster\.[a-z0-9]+\.js)"></script>""")]
    private static partial Regex LoadedLeaflet();
}
