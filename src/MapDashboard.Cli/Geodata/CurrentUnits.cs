using MapDashboard.Core.Geography;

namespace MapDashboard.Cli.Geodata;

/// <summary>
/// Current provinces, prefectures and county-level units from AreaCity (NBS 2023 merged with MCA 2024, with pinyin),
/// and towns from china-division (NBS 2023). Points are filled in later (0,0 here).
/// </summary>
internal static class CurrentUnits
{
    public static List<GazetteerEntry> Levels1To3(IEnumerable<AreaCityRow> rows)
    {
        var list = new List<GazetteerEntry>();
        foreach (var row in rows)
        {
            var r = row;
            var province = r.Id[..2] + "0000";
            if (!ProvinceNames.ByCode.TryGetValue(province, out var prov)) continue;
            if (r.Deep == 0)
            {
                list.Add(new GazetteerEntry(province, AdminLevel.Province, r.FullName, r.ShortName, prov.Pinyin, prov.English, "", province, 0, 0, true, ""));
                continue;
            }
            // GB/T 2260 has only the provincial code for Taiwan, Hong Kong and Macau.
            if (province is "710000" or "810000" or "820000") continue;
            r = TrimSuffix(r);
            var pinyin = PinyinText.Join(r.Pinyin);
            if (r.Deep == 1 && r.Id.Length == 4)
            {
                if (ProvinceNames.IsMunicipality(province)) continue; // 1101 北京, 5001 重庆城区: no prefecture tier
                list.Add(new GazetteerEntry(r.Id + "00", AdminLevel.Prefecture, r.FullName, r.ShortName, pinyin,
                    AdminNames.English(pinyin, AdminLevel.Prefecture, r.FullName), province, province, 0, 0, true, ""));
                continue;
            }
            if (r.Id.Length != 6 || r.Id.EndsWith("00", StringComparison.Ordinal)) continue; // 620200 嘉峪关 repeats its prefecture
            var level = AdminNames.CountyLevel(r.FullName);
            list.Add(new GazetteerEntry(r.Id, level, r.FullName, r.ShortName, pinyin, AdminNames.English(pinyin, level, r.FullName),
                CountyParent(r.Id), province, 0, 0, true, ""));
        }
        return list;
    }

    // AreaCity keeps the suffix in a short name that would clash (承德县 beside 承德市): keep that short name, but the
    // pinyin of the English form drops the suffix ("Chengde County", not "Chengdexian County"), one syllable a character.
    private static AreaCityRow TrimSuffix(AreaCityRow r)
    {
        if (r.ShortName != r.FullName) return r;
        var level = r.Deep == 1 && r.Id.Length == 4 ? AdminLevel.Prefecture : AdminNames.CountyLevel(r.FullName);
        var stem = AdminNames.Stem(r.FullName, level);
        var syllables = r.Pinyin.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Keep 井陉矿区, 滨海新区, 土默特左旗: there the suffix is part of the name as used.
        if (stem.Length != r.FullName.Length - 1 || !(r.FullName.EndsWith('区') || r.FullName.EndsWith('县'))
            || "矿新左右前后中".Contains(stem[^1]) || syllables.Length != r.FullName.Length) return r;
        return r with { Pinyin = string.Join(' ', syllables.Take(stem.Length)) };
    }

    /// <summary>Parent of a county-tier code: its prefecture, or the province for municipalities and 省直辖 units (xx90xx).</summary>
    public static string CountyParent(string code)
    {
        var province = code[..2] + "0000";
        return ProvinceNames.IsMunicipality(province) || code.Substring(2, 2) == "90" ? province : code[..4] + "00";
    }

    /// <summary>
    /// NBS county codes that GB/T 2260 spells differently (460321 西沙群岛 → 460301 西沙区, 632857 → 632825 大柴旦):
    /// same prefecture, one stem a prefix of the other. Development zones (NBS only) map to nothing.
    /// </summary>
    public static Dictionary<string, string> NbsAliases(IEnumerable<OldUnit> nbsAreas, IReadOnlyDictionary<string, GazetteerEntry> current)
    {
        var counties = current.Values.Where(e => e.Level is not (AdminLevel.Province or AdminLevel.Prefecture or AdminLevel.Town)).ToList();
        var aliases = new Dictionary<string, string>();
        foreach (var a in nbsAreas)
        {
            if (current.ContainsKey(a.Code) || IsStatisticalZone(a.Name)) continue;
            var match = FindByStem(counties, a.Code, a.Name);
            if (match != null) aliases[a.Code] = match.Code;
        }
        return aliases;
    }

    public static GazetteerEntry? FindByStem(IEnumerable<GazetteerEntry> candidates, string code, string name)
    {
        var stem = AdminNames.Stem(name, AdminNames.CountyLevel(name));
        var sameProvince = candidates.Where(c => c.Code[..2] == code[..2]).ToList();
        bool Matches(GazetteerEntry c) => c.ShortNameZh.Length >= 2 && stem.Length >= 2
            && (stem.StartsWith(c.ShortNameZh, StringComparison.Ordinal) || c.ShortNameZh.StartsWith(stem, StringComparison.Ordinal));
        return sameProvince.Where(c => c.Code[..4] == code[..4]).FirstOrDefault(Matches) ?? sameProvince.SingleOrDefaultSafe(Matches);
    }

    private static GazetteerEntry? SingleOrDefaultSafe(this IEnumerable<GazetteerEntry> source, Func<GazetteerEntry, bool> predicate)
    {
        var found = source.Where(predicate).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    public static bool IsStatisticalZone(string name) =>
        new[] { "开发区", "园区", "新区", "管理区", "新城", "示范区", "试验区", "管委会", "集聚区", "风景区", "农场" }
            .Any(s => name.Contains(s, StringComparison.Ordinal));
}
