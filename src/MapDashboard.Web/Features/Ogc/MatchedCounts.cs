using System.Collections.Concurrent;
using MapDashboard.Data.Ogc;

namespace MapDashboard.Web.Features.Ogc;

/// <summary>
/// numberMatched of the filters asked for lately, each with the data version it was counted at: the statement reuses a
/// count only while the database still has that version (it checks, in the same statement), so a count is never stale.
/// Bounded: past <see cref="MaxEntries"/> filters the memory is emptied and counting starts over.
/// </summary>
public sealed class MatchedCounts
{
    public const int MaxEntries = 4096;
    private readonly ConcurrentDictionary<FeatureQuery, KnownCount> _counts = new();

    public FeatureQuery WithKnown(FeatureQuery query) =>
        _counts.TryGetValue(query.Filter, out var known) ? query with { Known = known } : query;

    public void Remember(FeatureQuery query, long version, long matched)
    {
        if (_counts.Count >= MaxEntries) _counts.Clear();
        _counts[query.Filter] = new KnownCount(version, matched);
    }
}
