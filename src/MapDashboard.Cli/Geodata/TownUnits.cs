using MapDashboard.Core.Geography;

namespace MapDashboard.Cli.Geodata;

/// <summary>Towns (9-digit NBS codes) with their parent mapped onto the GB/T 2260 units of the gazetteer.</summary>
internal static class TownUnits
{
    public static List<GazetteerEntry> Build(IReadOnlyList<TownRow> towns, IReadOnlyDictionary<string, GazetteerEntry> current,
        IReadOnlyDictionary<string, string> aliases, NodeTools node)
    {
        var stems = towns.Select(t => AdminNames.Stem(t.Name, AdminLevel.Town)).ToList();
        var syllables = node.Pinyin(stems);
        var list = new List<GazetteerEntry>(towns.Count);
        for (var i = 0; i < towns.Count; i++)
        {
            var t = towns[i];
            var parent = Parent(t, current, aliases);
            var pinyin = PinyinText.Join(syllables[i]);
            list.Add(new GazetteerEntry(t.Code, AdminLevel.Town, t.Name, stems[i], pinyin, AdminNames.English(pinyin, AdminLevel.Town, t.Name),
                parent, t.Code[..2] + "0000", 0, 0, true, ""));
        }
        return list;
    }

    // Towns of an NBS development zone (130171 …) have no GB/T 2260 county: they hang under the prefecture.
    private static string Parent(TownRow t, IReadOnlyDictionary<string, GazetteerEntry> current, IReadOnlyDictionary<string, string> aliases)
    {
        if (current.TryGetValue(t.AreaCode, out var area) && area.Level != AdminLevel.Province) return area.Code;
        if (aliases.TryGetValue(t.AreaCode, out var alias)) return alias;
        var prefecture = t.CityCode + "00";
        return current.ContainsKey(prefecture) ? prefecture : t.Code[..2] + "0000";
    }
}
