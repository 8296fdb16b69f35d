using System.Text.RegularExpressions;
using Xunit;

namespace MapDashboard.Web.Tests.Deployment;

/// <summary>No Docker engine runs here; docker-compose still validates and resolves the file.</summary>
public class ComposeFileTests
{
    private static ComposeConfig Resolved() => ComposeConfig.Resolve(ComposeConfig.SamplePasswords);

    [Fact]
    public void The_compose_file_is_valid_and_runs_PostGIS_15_with_a_named_volume_and_healthcheck()
    {
        var db = Resolved().Service("db");
        Assert.Contains("image: postgis/postgis:15-3", db);
        Assert.Contains("mapdash-db:/var/lib/postgresql/data", db);
        Assert.Contains("pg_isready", db);
    }

    [Theory]
    [InlineData("MAPDASH_DB_PASSWORD")]
    [InlineData("MAPDASH_OWNER_PASSWORD")]
    [InlineData("MAPDASH_IMPORTER_PASSWORD")]
    [InlineData("MAPDASH_WEB_PASSWORD")]
    [InlineData("MAPDASH_ACCOUNTS_PASSWORD")]
    public void Without_a_password_compose_refuses_to_start_and_names_it(string missing)
    {
        var passwords = ComposeConfig.SamplePasswords.Where(p => p.Key != missing).ToDictionary();
        var result = ComposeConfig.Run(passwords);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("set " + missing, result.Errors);
    }

    [Fact]
    public void No_password_has_a_default_in_the_file()
    {
        var text = File.ReadAllText(ComposeConfig.FilePath);
        Assert.DoesNotMatch(new Regex(@"\$\{[A-Z_]*PASSWORD[A-Z_]*:?-"), text);
        Assert.DoesNotMatch(new Regex(@"Password=(?!\$\{)", RegexOptions.IgnoreCase), text);
    }

    [Fact]
    public void The_web_service_reads_as_the_web_role_signs_in_as_the_accounts_role_publishes_as_the_importer_and_holds_no_other_password()
    {
        var app = Resolved().Service("app");
        Assert.Contains("ConnectionStrings__MapDashboard: Host=db;Port=5432;Database=mapdash;Username=mapdash_web;Password=web-secret", app);
        Assert.Contains("ConnectionStrings__Accounts: Host=db;Port=5432;Database=mapdash;Username=mapdash_accounts;Password=accounts-secret", app);
        Assert.Contains("ConnectionStrings__Import: Host=db;Port=5432;Database=mapdash;Username=mapdash_importer;Password=importer-secret", app);
        Assert.DoesNotContain("owner-secret", app);
        Assert.DoesNotContain("superuser-secret", app);
        Assert.DoesNotContain("OnStart", app);
    }

    [Fact]
    public void The_web_service_starts_only_after_the_one_shot_setup_has_succeeded()
    {
        var app = Resolved().Service("app");
        Assert.Matches(@"setup:\s+condition: service_completed_successfully", app);
        Assert.Matches(@"db:\s+condition: service_healthy", app);
    }

    [Fact]
    public void The_setup_service_migrates_as_the_owner_granting_both_roles_then_imports_as_the_importer()
    {
        var setup = Resolved().Service("setup");
        Assert.Contains("target: cli", setup);
        Assert.Contains("restart: \"no\"", setup);
        Assert.Contains("MAPDASH_OWNER_CONNECTION: Host=db;Port=5432;Database=mapdash;Username=mapdash;Password=owner-secret", setup);
        Assert.Contains("MAPDASH_IMPORTER_CONNECTION: Host=db;Port=5432;Database=mapdash;Username=mapdash_importer;Password=importer-secret", setup);
        var script = Regex.Replace(setup, @"\s+", " ");
        Assert.Matches(
            @"ConnectionStrings__MapDashboard=""\$\$MAPDASH_OWNER_CONNECTION"" dotnet /app/mapdash.dll migrate " +
            @"--importer-role mapdash_importer --web-role mapdash_web --accounts-role mapdash_accounts; " +
            @"ConnectionStrings__MapDashboard=""\$\$MAPDASH_IMPORTER_CONNECTION"" dotnet /app/mapdash.dll import", script);
    }

    [Fact]
    public void The_database_creates_the_four_roles_from_the_passwords_on_first_start()
    {
        var db = Resolved().Service("db");
        Assert.Contains("deploy/postgres/20-mapdash-roles.sql:/docker-entrypoint-initdb.d/20-mapdash-roles.sql:ro", db);
        Assert.Contains("POSTGRES_PASSWORD: superuser-secret", db);
        Assert.Contains("POSTGRES_HOST_AUTH_METHOD: scram-sha-256", db);
        var sql = File.ReadAllText(Path.Combine(ComposeConfig.Root, "deploy", "postgres", "20-mapdash-roles.sql"));
        foreach (var (role, variable) in new[] { ("mapdash", "OWNER"), ("mapdash_importer", "IMPORTER"), ("mapdash_web", "WEB"), ("mapdash_accounts", "ACCOUNTS") })
        {
            Assert.Contains($@"\getenv {variable.ToLowerInvariant()}_password MAPDASH_{variable}_PASSWORD", sql);
            Assert.Contains($"ALTER ROLE {role} WITH LOGIN NOSUPERUSER", sql);
        }
    }

    [Fact]
    public void The_Dockerfile_builds_assets_with_npm_then_a_CLI_image_and_a_web_image()
    {
        var dockerfile = File.ReadAllText(Path.Combine(ComposeConfig.Root, "Dockerfile"));
        Assert.Matches(@"FROM node:\S+ AS assets", dockerfile);
        Assert.Matches(@"FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile);
        Assert.Matches(@"FROM mcr.microsoft.com/dotnet/runtime:10.0 AS cli", dockerfile);
        Assert.Matches(@"FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS web", dockerfile);
        Assert.Contains("dotnet publish src/MapDashboard.Cli", dockerfile);
        Assert.Contains("COPY seeds/", dockerfile);
    }
}
