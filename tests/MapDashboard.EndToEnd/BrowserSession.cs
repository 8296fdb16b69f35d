using Microsoft.Playwright;

namespace MapDashboard.EndToEnd;

/// <summary>Debian's Chromium driven by Playwright, offline: no browser download, no background network.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private IPlaywright _playwright = null!;
    public IBrowser Browser { get; private set; } = null!;

    public static async Task<BrowserSession> LaunchAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"{ChromiumPath} is missing: scripts/test installs it (apt-get install chromium).");
        // Test classes run in parallel, several browsers and servers on two cores: a map that draws in under a second alone
        // took over Playwright's 5 s default to draw its localities when the machine was busiest. The expectations still
        // wait on the condition and pass the moment it holds; only the ceiling is higher.
        Assertions.SetDefaultExpectTimeout(15_000);
        var session = new BrowserSession { _playwright = await Playwright.CreateAsync() };
        session.Browser = await session._playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
            ],
        });
        return session;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
