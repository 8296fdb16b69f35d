using MapDashboard.Core.Geography;

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
}
