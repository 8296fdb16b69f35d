using MapDashboard.Core.Geography;
using MapDashboard.Core.Notices.Figures;

namespace MapDashboard.Core.Notices.Places;

/// <summary>
/// Picks one unit for each mention in a sentence. Rules, in order:
/// 1. a town only with a town word ("Town", "zhen"); without one, towns are not considered (too many towns share
///    their pinyin with English words and with counties);
/// 2. a generic word narrows the level ("District" → districts) when that leaves a candidate;
/// 3. former units stand for their successor;
/// 4. a unit whose province or prefecture is named in the same sentence wins, the nearest such name first;
/// 5. the unit the same name resolved to earlier in the same measure;
/// 6. a province (a bare province name means the province: Henan, Hainan);
/// 7. a parent over its own child of the same name (湘潭市 over 湘潭县, 北京市 province over its prefecture row).
/// Anything still ambiguous is left unresolved and reported. A review decision naming one of the candidates
/// (<see cref="ReviewDecisions.PlaceFor"/>) comes before every rule: a person has read the sentence.
/// </summary>
public sealed class PlaceResolver(GazetteerIndex index, ReviewDecisions? decisions = null)
{
    public IReadOnlyList<PlaceResolution> Resolve(IReadOnlyList<PlaceMention> mentions, IReadOnlyDictionary<string, GazetteerEntry> earlierInMeasure)
    {
        var candidates = mentions.Select(Candidates).ToList();
        var result = new List<PlaceResolution>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var (cands, firstWhy) = candidates[i];
            if (cands.Count == 0)
            {
                result.Add(new PlaceResolution(mentions[i], null, cands, firstWhy));
                continue;
            }
            var why = new List<string>();
            if (firstWhy.Length > 0) why.Add(firstWhy);
            var left = cands;
            if (left.Count > 1 && decisions?.PlaceFor(mentions[i].Surface, left.Select(c => c.Code)) is { } decided)
            {
                var chosen = left.First(c => c.Code == decided.Adcode);
                why.Add(decided.Reason.Length > 0 ? $"a review decision says so ({decided.Reason})" : "a review decision says so");
                result.Add(new PlaceResolution(mentions[i], chosen, cands, string.Join("; ", why)) { Decision = decided });
                continue;
            }
            if (left.Count > 1) left = ByContext(mentions, candidates, i, left, why);
            if (left.Count > 1 && earlierInMeasure.TryGetValue(mentions[i].Key, out var earlier) && left.Contains(earlier))
            {
                left = [earlier];
                why.Add($"the same name was resolved to {earlier.Code} earlier in the measure");
            }
            if (left.Count > 1 && left.Any(c => c.Level == AdminLevel.Province))
            {
                left = left.Where(c => c.Level == AdminLevel.Province).ToList();
                why.Add("a bare province name denotes the province");
            }
            if (left.Count > 1)
            {
                var parents = left.Where(c => !left.Any(o => index.IsAncestor(o, c))).ToList();
                if (parents.Count < left.Count) why.Add("the parent is meant over its own child of the same name");
                left = parents;
            }
            if (left.Count > 1) why.Add("no province or parent in the sentence tells them apart");
            result.Add(new PlaceResolution(mentions[i], left.Count == 1 ? left[0] : null, cands, string.Join("; ", why)));
        }
        return result;
    }

    private (List<GazetteerEntry> Cands, string Why) Candidates(PlaceMention m)
    {
        if (m.Matches.Count == 0) return ([], "no gazetteer entry has this name");
        var pool = m.HasTownSuffix
            ? m.Matches.Where(e => e.Level == AdminLevel.Town).ToList()
            : m.Matches.Where(e => e.Level != AdminLevel.Town).ToList();
        if (pool.Count == 0)
            return ([], m.HasTownSuffix ? "named as a town, but no town has this name" : "only towns have this name, and it carries no town word");
        var why = "";
        if (m.SuffixLevels is { } levels && !m.HasTownSuffix)
        {
            var narrowed = pool.Where(e => levels.Contains(e.Level)).ToList();
            if (narrowed.Count > 0 && narrowed.Count < pool.Count) pool = narrowed;
        }
        var former = pool.Where(e => !e.IsCurrent).ToList();
        var current = pool.Select(index.Current).DistinctBy(e => e.Code).ToList();
        if (former.Count > 0)
            why = string.Join("; ", former.Select(f => $"former {f.NameZh} {f.Code} is now {index.Current(f).Code}"));
        return (current, why);
    }

    private List<GazetteerEntry> ByContext(IReadOnlyList<PlaceMention> mentions,
        List<(List<GazetteerEntry> Cands, string Why)> candidates, int i, List<GazetteerEntry> cands, List<string> why)
    {
        var best = new List<GazetteerEntry>();
        var bestDistance = int.MaxValue;
        string bestName = "";
        foreach (var c in cands)
        {
            for (var j = 0; j < mentions.Count; j++)
            {
                if (j == i || mentions[j].Institution == InstitutionKind.NotALocality) continue;
                var ancestor = candidates[j].Cands.FirstOrDefault(a => index.IsAncestor(a, c));
                if (ancestor is null) continue;
                var distance = Math.Abs(mentions[j].Range.Start - mentions[i].Range.Start);
                if (distance < bestDistance) { best = [c]; bestDistance = distance; bestName = $"{mentions[j].Surface} ({ancestor.Code})"; }
                else if (distance == bestDistance && !best.Contains(c)) best.Add(c);
            }
        }
        if (best.Count == 0) return cands;
        why.Add($"{bestName} is named in the sentence");
        return best;
    }
}
