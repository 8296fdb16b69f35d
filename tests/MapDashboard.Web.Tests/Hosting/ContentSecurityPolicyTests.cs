using MapDashboard.Web.Hosting;
using Xunit;

namespace MapDashboard.Web.Tests.Hosting;

public class ContentSecurityPolicyTests
{
    [Theory]
    [InlineData("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org")]
    [InlineData("https://tiles.example.org:8443/osm/{z}/{x}/{y}.png", "https://tiles.example.org:8443")]
    [InlineData("http://intranet-tiles/{z}/{x}/{y}.png", "http://intranet-tiles")]
    [InlineData("https://a.{s}.example.org/{z}/{x}/{y}.png", "https:")]
    public void The_tile_host_is_the_only_outside_source_of_images(string tileUrl, string source)
    {
        Assert.Equal(source, ContentSecurityPolicy.TileSource(tileUrl));
        Assert.Contains($"img-src 'self' data: blob: {source};", ContentSecurityPolicy.For("n", "http", "127.0.0.1:5080", tileUrl));
    }

    [Fact]
    public void Without_tiles_images_come_only_from_the_app()
    {
        Assert.Contains("img-src 'self' data: blob:;", ContentSecurityPolicy.For("n", "http", "127.0.0.1:5080", null));
    }

    [Fact]
    public void Over_https_the_circuit_connects_only_by_wss()
    {
        var csp = ContentSecurityPolicy.For("n", "https", "maps.example.org", null);
        Assert.Contains("connect-src 'self' wss://maps.example.org;", csp);
        Assert.DoesNotContain("ws://", csp);
    }

    [Fact]
    public void Scripts_run_from_the_app_or_by_the_nonce_never_inline_or_evaluated()
    {
        var csp = ContentSecurityPolicy.For("abc", "http", "localhost", null);
        Assert.Contains("script-src 'self' 'nonce-abc';", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
    }
}
