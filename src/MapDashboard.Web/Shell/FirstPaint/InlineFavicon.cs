namespace MapDashboard.Web.Shell.FirstPaint;

/// <summary>
/// wwwroot/favicon.svg as a data: URL, read once. The page's icon link carries it inline: the browser fetches a linked
/// icon while the page loads, and before the map's first picture every request costs the browser and the server time
/// (bench/README.md).
/// </summary>
public sealed class InlineFavicon(IWebHostEnvironment environment)
{
    private const string File = "favicon.svg";

    private readonly Lazy<string> dataUrl = new(() => Read(environment));

    public string DataUrl => dataUrl.Value;

    private static string Read(IWebHostEnvironment environment) =>
        "data:image/svg+xml," + Uri.EscapeDataString(WebRootText.Read(environment, File)
            ?? throw new InvalidOperationException($"wwwroot/{File} is missing from {environment.WebRootPath}."));
}
