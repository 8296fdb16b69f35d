using System.Diagnostics;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Deployment;

/// <summary>No Docker engine runs here; docker-compose still validates and resolves the file.</summary>
public class ComposeFileTests
{
    private static string ResolvedCompose()
    {
        var start = new ProcessStartInfo("docker-compose", ["-f", "docker-compose.yml", "config"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "docker-compose config failed: " + errors);
        return output;
    }

    [Fact]
    public void The_compose_file_is_valid_and_runs_PostGIS_15_with_a_named_volume_and_healthcheck()
    {
        var config = ResolvedCompose();
        Assert.Contains("image: postgis/postgis:15-3", config);
        Assert.Contains("mapdash-db:/var/lib/postgresql/data", config);
        Assert.Contains("pg_isready", config);
    }

    [Fact]
    public void The_app_is_built_from_the_Dockerfile_and_waits_for_a_healthy_database()
    {
        var config = ResolvedCompose();
        Assert.Contains("dockerfile: Dockerfile", config);
        Assert.Contains("condition: service_healthy", config);
        Assert.Contains("ConnectionStrings__MapDashboard: Host=db", config);
        Assert.Contains("MapDashboard__ImportOnStart", config);
    }

    [Fact]
    public void The_Dockerfile_has_an_npm_assets_stage_an_SDK_build_and_an_ASPNET_runtime()
    {
        var dockerfile = File.ReadAllText(Path.Combine(RepoPaths.Root, "Dockerfile"));
        Assert.Matches(@"FROM node:\S+ AS assets", dockerfile);
        Assert.Matches(@"FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", dockerfile);
        Assert.Matches(@"FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime", dockerfile);
        Assert.Contains("COPY geodata/", dockerfile);
    }
}
