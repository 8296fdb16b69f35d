using MapDashboard.TestSupport;

namespace MapDashboard.Cli.Tests;

/// <summary>A notice file in a folder of its own, named like the seed so it imports under the seed's notice id; deleted on dispose.</summary>
public sealed class TemporaryNotice : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("mapdash-cli-");

    public TemporaryNotice(byte[] content, string name = "ndrc-2021-668-notice.txt")
    {
        Path = System.IO.Path.Combine(_dir.FullName, name);
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public static string SeedText => File.ReadAllText(System.IO.Path.Combine(RepoPaths.Seeds, "ndrc-2021-668-notice.txt"));

    /// <summary>The first 30 % of the seed notice: what a careless copy leaves.</summary>
    public static TemporaryNotice Truncated() => new(System.Text.Encoding.UTF8.GetBytes(SeedText[..(SeedText.Length * 3 / 10)]));

    public void Dispose() => _dir.Delete(recursive: true);
}
