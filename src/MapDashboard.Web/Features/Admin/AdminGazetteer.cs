using MapDashboard.Core.Geography;

namespace MapDashboard.Web.Features.Admin;

/// <summary>
/// The gazetteer the reader matches places against, embedded from the committed geodata (the web process reads nothing
/// outside itself); parsed once, on the first preview.
/// </summary>
public sealed class AdminGazetteer
{
    public const string ResourceName = "geodata/gazetteer.csv";

    private readonly Lazy<IReadOnlyList<GazetteerEntry>> _entries = new(() =>
    {
        using var stream = typeof(AdminGazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return GazetteerCsv.Read(reader);
    });

    public IReadOnlyList<GazetteerEntry> Entries => _entries.Value;
}
