using System.Runtime.CompilerServices;
using MapDashboard.Core.Geography;

namespace MapDashboard.Core.Tests.Geography;

/// <summary>The committed geodata/ of this checkout, found by walking up to the folder that holds MapDashboard.sln.</summary>
internal static class RepoGeodata
{
    public static string Directory { get; } = Find();

    public static string PathOf(string file) => Path.Combine(Directory, file);

    // The binaries may live outside the checkout (MAPDASH_ARTIFACTS): then this source file's own path leads to it.
    private static string Find([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) ?? "" })
            for (var d = new DirectoryInfo(start); d != null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "MapDashboard.sln"))) return Path.Combine(d.FullName, "geodata");
        throw new DirectoryNotFoundException("No MapDashboard.sln above " + AppContext.BaseDirectory + " or " + sourceFile);
    }
}

/// <summary>Reads each committed file once for the whole test run (they are read-only).</summary>
public sealed class GeodataFixture
{
    public IReadOnlyList<GazetteerEntry> Gazetteer { get; } = GazetteerCsv.ReadFile(RepoGeodata.PathOf(GeodataFiles.Gazetteer));
    public IReadOnlyDictionary<string, NetTopologySuite.Geometries.MultiPolygon> Provinces { get; } = GeodataFiles.ReadBoundaries(RepoGeodata.PathOf(GeodataFiles.Provinces));
    public IReadOnlyDictionary<string, NetTopologySuite.Geometries.MultiPolygon> Prefectures { get; } = GeodataFiles.ReadBoundaries(RepoGeodata.PathOf(GeodataFiles.Prefectures));
    public IReadOnlyDictionary<string, NetTopologySuite.Geometries.MultiPolygon> Counties { get; } = GeodataFiles.ReadBoundaries(RepoGeodata.PathOf(GeodataFiles.Counties));
}
