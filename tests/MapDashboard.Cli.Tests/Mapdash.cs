using System.Diagnostics;
using MapDashboard.TestSupport;

namespace MapDashboard.Cli.Tests;

/// <summary>What one run of the CLI printed and returned.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}

/// <summary>
/// Runs the built mapdash.dll in a child process from the checkout's root, as an operator would, with
/// ConnectionStrings__MapDashboard set to <c>connectionString</c> (or unset when null).
/// </summary>
public static class Mapdash
{
    // Beside this project's output under the shared artifacts folder: artifacts/bin/MapDashboard.Cli/<config>/mapdash.dll.
    private static readonly string Dll = FindDll();

    public static Task<CliRun> RunAsync(string? connectionString, params string[] args) => RunWithInputAsync(connectionString, null, args);

    /// <summary>As <see cref="RunAsync"/>, with <paramref name="stdin"/> piped in (null: the test run's own stdin).</summary>
    public static async Task<CliRun> RunWithInputAsync(string? connectionString, string? stdin, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin is not null,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["ConnectionStrings__MapDashboard"] = connectionString ?? "";
        using var process = Process.Start(start)!;
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(5));
        var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>--review and --gazetteer pointing at the committed seeds, for notice files kept elsewhere.</summary>
    public static string[] SeedInputs =>
        ["--review", Path.Combine(RepoPaths.Seeds, "ndrc-2021-668.review.csv"), "--gazetteer", Path.Combine(RepoPaths.Geodata, "gazetteer.csv")];

    private static string FindDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = Path.Combine(output.Parent!.Parent!.FullName, "MapDashboard.Cli", output.Name, "mapdash.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"mapdash.dll not found at {dll}; build the solution first.");
    }
}
