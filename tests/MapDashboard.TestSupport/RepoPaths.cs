using System.Runtime.CompilerServices;

namespace MapDashboard.TestSupport;

/// <summary>Locates the checkout (the folder holding MapDashboard.sln) from wherever the tests run.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Geodata => Path.Combine(Root, "geodata");
    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>Where tests keep screenshots and other artifacts a person looks at.</summary>
    public static string TestArtifacts(string kind)
    {
        var dir = Path.Combine(Root, "artifacts", "test-output", kind);
        Directory.CreateDirectory(dir);
        return dir;
    }

    // The build output may live outside the checkout (MAPDASH_ARTIFACTS), so the source path is the fallback.
    private static string FindRoot([CallerFilePath] string thisFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(thisFile) ?? "" })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "MapDashboard.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No MapDashboard.sln above {AppContext.BaseDirectory} or {thisFile}: run the tests from the checkout.");
    }
}
