using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// The CLI as scripts/run and compose use it: `mapdash migrate` as the owner, then `mapdash import` as the importer, a
/// role that may write the imported tables and nothing else.
/// </summary>
public sealed class LeastPrivilegeImportTests(LeastPrivilegeDatabase database) : IClassFixture<LeastPrivilegeDatabase>
{
    [Fact]
    public async Task The_owner_migrates_and_the_importer_imports_the_seeds_through_the_cli()
    {
        var migrate = await Mapdash.RunAsync(database.OwnerConnectionString,
            "migrate", "--importer-role", database.ImporterRole, "--web-role", database.WebRole);
        Assert.True(migrate.ExitCode == 0, migrate.ToString());

        var import = await Mapdash.RunAsync(database.ImporterConnectionString, "import");

        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("(unchanged)", import.Stdout);
    }

    [Fact]
    public async Task The_web_role_cannot_import()
    {
        var import = await Mapdash.RunAsync(database.WebConnectionString, "import");

        Assert.Equal(1, import.ExitCode);
        Assert.StartsWith("mapdash: ", Assert.Single(import.StderrLines));
    }
}
