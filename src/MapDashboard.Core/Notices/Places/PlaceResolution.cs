using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices.Figures;

namespace MapDashboard.Core.Notices.Places;

/// <summary>
/// What a mention was resolved to. <see cref="Chosen"/> is null when nothing matched or the name stayed ambiguous.
/// <see cref="Candidates"/> are the current units the name could stand for before context was applied.
/// </summary>
public sealed record PlaceResolution(
    PlaceMention Mention,
    GazetteerEntry? Chosen,
    IReadOnlyList<GazetteerEntry> Candidates,
    string Why)
{
    public bool WasAmbiguous => Candidates.Count > 1;

    /// <summary>The review decision that chose <see cref="Chosen"/> among the candidates; null when the rules did.</summary>
    public ReviewDecision? Decision { get; init; }
}
