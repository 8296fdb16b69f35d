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

    private readonly Lazy<IReadOnlyDictionary<string, GazetteerEntry>> _byCode;

    public AdminGazetteer() =>
        _byCode = new(() => _entries.Value.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.First()));

    public IReadOnlyList<GazetteerEntry> Entries => _entries.Value;

    /// <summary>The entry of a code; null for a code the gazetteer lacks.</summary>
    public GazetteerEntry? Find(string code) => _byCode.Value.GetValueOrDefault(code);
}
