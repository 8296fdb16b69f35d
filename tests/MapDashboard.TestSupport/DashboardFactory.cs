using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MapDashboard.TestSupport;

/// <summary>
/// The real app on a real Kestrel port (for browsers) against a test database; settings as scripts/run gives them,
/// except that the test database is migrated by its fixture.
/// </summary>
public class DashboardFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("ConnectionStrings:MapDashboard", connectionString);
        builder.UseSetting("MapDashboard:MigrateOnStart", "false");
        builder.UseSetting("MapDashboard:ImportOnStart", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            builder.UseSetting(key, value);
    }

    /// <summary>Starts Kestrel on a free loopback port and returns its base address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
        return ClientOptions.BaseAddress;
    }
}
