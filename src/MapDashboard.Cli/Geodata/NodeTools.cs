using System.Diagnostics;
using System.Text.Json;

namespace MapDashboard.Cli.Geodata;

/// <summary>Runs the dev-time node tools of the build: pinyin-pro (through pinyin.mjs) and mapshaper, from the npm folder.</summary>
internal sealed class NodeTools(string npmDir)
{
    public IReadOnlyList<string[]> Pinyin(IReadOnlyList<string> names)
    {
        var script = Path.Combine(RepoLocator.Root(), "src", "MapDashboard.Cli", "Geodata", "pinyin.mjs");
        var output = Run("node", [script, npmDir], JsonSerializer.Serialize(names));
        var result = JsonSerializer.Deserialize<string[][]>(output) ?? throw new InvalidDataException("pinyin.mjs gave no output.");
        if (result.Length != names.Count) throw new InvalidDataException($"pinyin.mjs gave {result.Length} results for {names.Count} names.");
        return result;
    }

    /// <summary>Topology-aware simplification: shared borders are simplified once, so neighbours stay seamless.</summary>
    public void Simplify(string input, string output, string percentage, string precision)
    {
        var cli = Path.Combine(npmDir, "node_modules", "mapshaper", "bin", "mapshaper");
        Run("node", [cli, "-i", input, "-simplify", percentage, "keep-shapes", "-o", output, "format=geojson", $"precision={precision}"], null);
    }

    private static string Run(string file, IEnumerable<string> args, string? stdin)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = stdin != null, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi) ?? throw new InvalidOperationException($"Could not start {file}.");
        if (stdin != null)
        {
            p.StandardInput.Write(stdin);
            p.StandardInput.Close();
        }
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', psi.ArgumentList)} failed: {stderr.Result}");
        return stdout;
    }
}

/// <summary>Finds the checkout (the folder holding MapDashboard.sln) from the working directory or the binary's folder.</summary>
internal static class RepoLocator
{
    public static string Root()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "MapDashboard.sln"))) return d.FullName;
        }
        throw new DirectoryNotFoundException("Run mapdash geodata build inside the MapDashboard checkout (no MapDashboard.sln found).");
    }
}
