using MapDashboard.Data.Accounts;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.EndToEnd.Admin;

/// <summary>
/// The app as scripts/run serves it, with its admin area: the seeds imported by the importer, the web process reading
/// as the web role, signing editors in as the accounts role and publishing as the importer, plus one editor and a
/// browser. Shared by the tests of one class.
/// </summary>
public sealed class AdminHost : IAsyncLifetime
{
    public const string Email = "editor@example.org";
    public const string Password = "a long editor password";

    public LeastPrivilegeDatabase Database { get; } = new();
    public Uri BaseAddress { get; private set; } = null!;
    public BrowserSession Browser { get; private set; } = null!;
    private DashboardFactory _factory = null!;

    public async ValueTask InitializeAsync()
    {
        await Database.InitializeAsync();
        Assert.Empty(await EditorAccounts.CreateAsync(Database.AccountsConnectionString, Email, Password));
        _factory = new DashboardFactory(Database.WebConnectionString, new Dictionary<string, string?>
        {
            ["ConnectionStrings:Accounts"] = Database.AccountsConnectionString,
            ["ConnectionStrings:Import"] = Database.ImporterConnectionString,
            // Every test of the class signs in from 127.0.0.1; the lock-out, not the rate limit, is under test here.
            ["MapDashboard:Admin:SignInPermitLimit"] = "100",
        });
        BaseAddress = _factory.StartKestrel();
        Browser = await BrowserSession.LaunchAsync();
    }

    /// <summary>Another editor, for a test that locks its account out.</summary>
    public async Task<string> CreateEditorAsync(string email)
    {
        Assert.Empty(await EditorAccounts.CreateAsync(Database.AccountsConnectionString, email, Password));
        return email;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        if (_factory is not null) await _factory.DisposeAsync();
        await Database.DisposeAsync();
    }
}
