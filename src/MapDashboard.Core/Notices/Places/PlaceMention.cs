using MapDashboard.Core.Geography;

namespace MapDashboard.Core.Notices.Places;

/// <summary>
/// A run of words in a sentence that names (or looks like it names) a place.
/// <see cref="Range"/> covers the name and its generic word ("Huadu District"); <see cref="NameRange"/> the name alone.
/// </summary>
/// <param name="SuffixLevels">Levels the generic word after the name points to ("District" → district); null without one.</param>
/// <param name="Matches">Gazetteer entries with this key, current or former; empty for an unmatched name.</param>
/// <param name="Institution">The name begins an institution's name ("Jilin University"); see <see cref="Institutions"/>.</param>
public sealed record PlaceMention(
    TextRange Range,
    TextRange NameRange,
    string Surface,
    string Key,
    AdminLevel[]? SuffixLevels,
    IReadOnlyList<GazetteerEntry> Matches,
    InstitutionKind Institution)
{
    public bool HasTownSuffix => SuffixLevels is [AdminLevel.Town];
}
