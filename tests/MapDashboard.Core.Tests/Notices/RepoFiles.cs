using System.Runtime.CompilerServices;

namespace MapDashboard.Core.Tests.Notices;

/// <summary>Paths in the checkout, found from this source file (tests run from an artifacts folder elsewhere).</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    public static string NoticeText => File.ReadAllText(Path("seeds", "ndrc-2021-668-notice.txt"));

    /// <summary>The gazetteer the golden test runs against: geodata/gazetteer.csv, or MAPDASH_GAZETTEER when set.</summary>
    public static string GazetteerPath =>
        Environment.GetEnvironmentVariable("MAPDASH_GAZETTEER") is { Length: > 0 } p ? p : Path("geodata", "gazetteer.csv");

    private static string FindRoot([CallerFilePath] string here = "")
    {
        var dir = System.IO.Path.GetDirectoryName(here);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir, "MapDashboard.sln"))) dir = System.IO.Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("MapDashboard.sln not found above " + here);
    }
}
