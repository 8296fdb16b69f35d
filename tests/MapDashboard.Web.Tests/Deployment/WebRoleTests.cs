using System.Text.Json;
using MapDashboard.Data.Queries;
using MapDashboard.TestSupport;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace MapDashboard.Web.Tests.Deployment;

/// <summary>The app as scripts/run and compose start it: connected as the read-only web role, after the CLI's import.</summary>
public sealed class WebRoleTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<long> DataVersion()
    {
        await using var db = database.CreateContext(database.OwnerConnectionString);
        return await DataVersionQueries.CurrentAsync(db, _ct);
    }

    [Fact]
    public async Task Started_twice_as_the_web_role_the_app_serves_every_locality_and_leaves_the_data_version_alone()
    {
        int localities;
        await using (var db = database.CreateContext(database.OwnerConnectionString))
            localities = await db.Practices.Select(p => p.AdminCode).Distinct().CountAsync(_ct);
        var before = await DataVersion();

        for (var start = 1; start <= 2; start++)
        {
            await using var app = new DashboardFactory(database.WebConnectionString);
            using var client = app.CreateClient();
            using var geojson = JsonDocument.Parse(await client.GetStringAsync("/api/notices/current/localities.geojson", _ct));
            Assert.Equal(localities, geojson.RootElement.GetProperty("features").GetArrayLength());
        }

        Assert.Equal(before, await DataVersion());
    }
}
