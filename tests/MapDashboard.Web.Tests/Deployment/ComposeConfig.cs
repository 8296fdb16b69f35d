using System.Diagnostics;
using MapDashboard.TestSupport;
using Xunit;

namespace MapDashboard.Web.Tests.Deployment;

/// <summary>`docker-compose config`: the file resolved with the given passwords, split by service.</summary>
internal sealed record ComposeConfig(string Text)
{
    public static string Root => RepoPaths.Root;
    public static string FilePath => Path.Combine(Root, "docker-compose.yml");

    public static readonly IReadOnlyDictionary<string, string> SamplePasswords = new Dictionary<string, string>
    {
        ["MAPDASH_DB_PASSWORD"] = "superuser-secret",
        ["MAPDASH_OWNER_PASSWORD"] = "owner-secret",
        ["MAPDASH_IMPORTER_PASSWORD"] = "importer-secret",
        ["MAPDASH_WEB_PASSWORD"] = "web-secret",
        ["MAPDASH_ACCOUNTS_PASSWORD"] = "accounts-secret",
    };

    public static ComposeConfig Resolve(IReadOnlyDictionary<string, string> passwords)
    {
        var result = Run(passwords);
        Assert.True(result.ExitCode == 0, "docker-compose config failed: " + result.Errors);
        return new ComposeConfig(result.Output);
    }

    /// <summary>Only the passwords given reach docker-compose, whatever the test run's own environment holds.</summary>
    public static (int ExitCode, string Output, string Errors) Run(IReadOnlyDictionary<string, string> passwords)
    {
        var start = new ProcessStartInfo("docker-compose", ["-f", "docker-compose.yml", "config"])
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var name in SamplePasswords.Keys)
            start.Environment.Remove(name);
        foreach (var (name, value) in passwords)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var errors = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output, errors.Result);
    }

    /// <summary>The lines of one service: from "  name:" to the next line indented as little.</summary>
    public string Service(string name)
    {
        var lines = Text.Split('\n');
        var start = Array.IndexOf(lines, $"  {name}:");
        Assert.True(start >= 0, $"no service '{name}' in:\n{Text}");
        var end = start + 1;
        while (end < lines.Length && (lines[end].StartsWith("    ", StringComparison.Ordinal) || lines[end].Length == 0))
            end++;
        return string.Join('\n', lines[start..end]);
    }
}
