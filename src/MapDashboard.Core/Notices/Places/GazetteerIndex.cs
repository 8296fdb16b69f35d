using MapDashboard.Core.Geography;

namespace MapDashboard.Core.Notices.Places;

/// <summary>Looks gazetteer entries up by matching key and by code, and answers "is A an ancestor of B".</summary>
public sealed class GazetteerIndex
{
    private readonly Dictionary<string, List<GazetteerEntry>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byCode = new(StringComparer.Ordinal);

    public GazetteerIndex(IEnumerable<GazetteerEntry> entries)
    {
        foreach (var e in entries)
        {
            if (!_byCode.TryGetValue(e.Code, out var known) || (!known.IsCurrent && e.IsCurrent)) _byCode[e.Code] = e;
            foreach (var key in PlaceKey.KeysOf(e))
            {
                if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
                if (!list.Contains(e)) list.Add(e);
            }
        }
    }

    public IReadOnlyList<GazetteerEntry> Lookup(string key) =>
        _byKey.TryGetValue(key, out var list) ? list : [];

    public GazetteerEntry? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The current unit an entry stands for: itself, or the end of its successor chain.</summary>
    public GazetteerEntry Current(GazetteerEntry e)
    {
        for (var hops = 0; !e.IsCurrent && e.SuccessorCode.Length > 0 && hops < 8; hops++)
        {
            var next = ByCode(e.SuccessorCode);
            if (next is null) break;
            e = next;
        }
        return e;
    }

    /// <summary>Parent, grandparent … up to the province (the province code covers units whose parent chain has gaps).</summary>
    public IEnumerable<string> AncestorCodes(GazetteerEntry e)
    {
        var seen = new HashSet<string>();
        var parent = e.ParentCode;
        while (parent.Length > 0 && seen.Add(parent))
        {
            yield return parent;
            parent = ByCode(parent)?.ParentCode ?? "";
        }
        if (e.ProvinceCode.Length > 0 && e.ProvinceCode != e.Code && seen.Add(e.ProvinceCode)) yield return e.ProvinceCode;
    }

    public bool IsAncestor(GazetteerEntry ancestor, GazetteerEntry of) =>
        ancestor.Code != of.Code && AncestorCodes(of).Contains(ancestor.Code);
}
