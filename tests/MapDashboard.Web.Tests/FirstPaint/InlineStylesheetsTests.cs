using MapDashboard.Web.Shell.FirstPaint;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace MapDashboard.Web.Tests.FirstPaint;

/// <summary>Stylesheets carried in the page must style it as they did when linked, or be linked.</summary>
public sealed class InlineStylesheetsTests : IDisposable
{
    private readonly string _webRoot = Directory.CreateTempSubdirectory("inline-css-").FullName;

    public void Dispose() => Directory.Delete(_webRoot, recursive: true);

    private InlineStylesheets Stylesheets() => new(new WebRoot(_webRoot), NullLogger<InlineStylesheets>.Instance);

    private void Write(string path, string css)
    {
        var file = Path.Combine(_webRoot, path);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, css);
    }

    [Fact]
    public void Relative_urls_are_rewritten_against_the_stylesheets_folder_and_others_are_left_alone()
    {
        Write("lib/leaflet/map.css", """
            .a { background: url(images/layers.png); }
            .b { background: url('images/marker.png'); }
            .c { background: url("../fonts/x.woff2"); }
            .d { background: url(data:image/png;base64,AAAA); behavior: url(#default#VML); }
            .e { background: url(/favicon.svg); filter: url(https://example.org/f.svg); }
            """);

        var css = Stylesheets().Get("lib/leaflet/map.css");

        Assert.NotNull(css);
        Assert.Contains(".a { background: url(lib/leaflet/images/layers.png); }", css);
        Assert.Contains(".b { background: url('lib/leaflet/images/marker.png'); }", css);
        Assert.Contains(".c { background: url(\"lib/leaflet/../fonts/x.woff2\"); }", css);
        Assert.Contains("url(data:image/png;base64,AAAA)", css);
        Assert.Contains("url(#default#VML)", css);
        Assert.Contains("url(/favicon.svg)", css);
        Assert.Contains("url(https://example.org/f.svg)", css);
    }

    [Fact]
    public void A_stylesheet_at_the_root_is_carried_as_it_is()
    {
        Write("app.css", ".a { background: url(images/a.png); }");

        Assert.Equal(".a { background: url(images/a.png); }", Stylesheets().Get("app.css"));
    }

    [Fact]
    public void A_missing_stylesheet_or_one_that_would_close_its_element_early_is_linked_instead()
    {
        Write("odd.css", ".a::after { content: '</STYLE><script>alert(1)</script>'; }");

        var stylesheets = Stylesheets();

        Assert.Null(stylesheets.Get("odd.css"));
        Assert.Null(stylesheets.Get("missing.css"));
    }

    private sealed class WebRoot(string path) : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = path;
        public IFileProvider WebRootFileProvider { get; set; } = new PhysicalFileProvider(path);
        public string ApplicationName { get; set; } = "tests";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
        public string ContentRootPath { get; set; } = path;
        public string EnvironmentName { get; set; } = "Test";
    }
}
