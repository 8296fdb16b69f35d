using Xunit;

namespace MapDashboard.Web.Tests.Http;

/// <summary>The page carries the stylesheets its first paint needs, so none is a request it waits for.</summary>
public class FirstPaintStylesheetsTests(OnePolygonServer server) : IClassFixture<OnePolygonServer>
{
    [Fact]
    public async Task The_page_carries_its_first_paint_stylesheets_and_links_none_of_them()
    {
        var html = await server.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        // After the first picture boot.js applies the part of MudBlazor's stylesheet the app can draw, not the whole one.
        Assert.Matches("""<style data-href="css/mudblazor-first-paint.css" data-full-href="css/mudblazor-app\.[a-z0-9]+\.css" data-full-in-parts""", html);
        Assert.Contains("""<style data-href="lib/leaflet/leaflet-with-markercluster.css">""", html);
        Assert.Contains("""<style data-href="app.css">""", html);
        Assert.Contains("""<style data-href="MapDashboard.Web.styles.css">""", html);
        Assert.Contains("url(lib/leaflet/images/layers.png)", html);
        // Only the whole MudBlazor stylesheet for browsers without scripts (boot.js applies it otherwise).
        var linked = System.Text.RegularExpressions.Regex.Matches(html, """<link rel="stylesheet"[^>]*>""");
        Assert.Equal(["""<link rel="stylesheet" href="_content/MudBlazor/MudBlazor.min.css">"""], linked.Select(m => m.Value));
    }
}
