namespace MapDashboard.Data.ReadModel;

/// <summary>
/// What an analyst has narrowed the dashboard to. Provinces and levels: an empty set means "no restriction".
/// Measures are layer toggles: null means all are on, an empty set means every layer is off.
/// </summary>
public sealed record DashboardFilter
{
    public IReadOnlySet<string> ProvinceCodes { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> Levels { get; init; } = new HashSet<string>();
    public IReadOnlySet<int>? Measures { get; init; }

    public static DashboardFilter None { get; } = new();

    public bool IsEmpty => ProvinceCodes.Count == 0 && Levels.Count == 0 && Measures is null;

    public DashboardFilter WithoutProvinces() => this with { ProvinceCodes = new HashSet<string>() };
    public DashboardFilter WithoutLevels() => this with { Levels = new HashSet<string>() };
    public DashboardFilter WithoutMeasures() => this with { Measures = null };
}
