using System.Collections.Frozen;
using MapDashboard.Core.Geography;

namespace MapDashboard.Cli.Geodata;

/// <summary>
/// Units that older code lists have and the current one lacks (counties turned districts, units that moved prefecture,
/// merged units), each pointed at its current successor. Derived by diffing; a few merges need the table below.
/// </summary>
internal static class FormerUnits
{
    // Merges that no name match can find: the old unit's territory went to a differently named unit.
    private static readonly FrozenDictionary<string, string> Merges = new Dictionary<string, string>
    {
        ["310108"] = "310106", // 闸北区 → 静安区 (2015)
        ["371202"] = "370116", // 莱城区 → 莱芜区 (2019, Laiwu merged into Jinan)
        ["140211"] = "140214", // 南郊区 → 云冈区 (2018)
        ["140202"] = "140213", // 大同 城区 → 平城区 (2018)
        ["140203"] = "140214", // 大同 矿区 → 云冈区 (2018)
        ["140227"] = "140215", // 大同县 → 云州区 (2018)
        ["140402"] = "140403", // 长治 城区 → 潞州区 (2018)
        ["140411"] = "140403", // 长治 郊区 → 潞州区 (2018)
        ["140421"] = "140404", // 长治县 → 上党区 (2018)
        ["340221"] = "340210", // 芜湖县 → 湾沚区 (2020)
        ["340721"] = "340706", // 铜陵县 → 义安区 (2015)
        ["360421"] = "360404", // 九江县 → 柴桑区 (2017)
        ["411023"] = "411003", // 许昌县 → 建安区 (2016)
        ["430221"] = "430212", // 株洲县 → 渌口区 (2018)
        ["542421"] = "540602", // 那曲县 → 色尼区 (2017)
        ["652201"] = "650502", // 哈密市 → 伊州区 (2016)
        ["610521"] = "610503", // 华县 → 华州区 (2015)
        ["511521"] = "511504", // 宜宾县 → 叙州区 (2018)
        ["520321"] = "520304", // 遵义县 → 播州区 (2016)
        ["320202"] = "320213", // 崇安区 → 梁溪区 (2015)
        ["320203"] = "320213", // 南长区 → 梁溪区 (2015)
        ["320204"] = "320213", // 北塘区 → 梁溪区 (2015)
        ["320611"] = "320613", // 港闸区 → 崇川区 (2020)
        ["320802"] = "320812", // 清河区 → 清江浦区 (2016)
        ["320811"] = "320812", // 清浦区 → 清江浦区 (2016)
        ["330103"] = "330105", // 下城区 → 拱墅区 (2021)
        ["330104"] = "330102", // 江干区 → 上城区 (2021; a part went to 钱塘区)
        ["330204"] = "330212", // 江东区 → 鄞州区 (2016)
        ["340208"] = "340209", // 三山区 → 弋江区 (2020)
        ["340702"] = "340705", // 铜官山区 → 铜官区 (2015)
        ["340703"] = "340705", // 狮子山区 → 铜官区 (2015)
        ["350402"] = "350404", // 梅列区 → 三元区 (2021)
        ["360105"] = "360113", // 湾里区 → 红谷滩区 (2019)
        ["360427"] = "360483", // 星子县 → 庐山市 (2016)
        ["370634"] = "370614", // 长岛县 → 蓬莱区 (2020)
        ["410211"] = "410202", // 金明区 → 龙亭区 (2014)
        ["410306"] = "410308", // 吉利区 → 孟津区 (2021)
        ["610125"] = "610118", // 户县 → 鄠邑区 (2017)
    }.ToFrozenDictionary();

    private static readonly string[] Placeholders = ["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "郊县", "省直辖县级行政单位"];

    public static List<GazetteerEntry> Build(IEnumerable<OldUnit> oldLists, IReadOnlyDictionary<string, GazetteerEntry> current,
        IReadOnlySet<string> nbsCodes, NodeTools node, ICollection<string> unresolved)
    {
        var latest = new Dictionary<string, OldUnit>();
        foreach (var u in oldLists)
            if (u.Code.Length == 6 && u.Code.All(char.IsAsciiDigit)) latest[u.Code] = u; // later vintages win

        var candidates = latest.Values.Where(u => !current.ContainsKey(u.Code) && !nbsCodes.Contains(u.Code)
                && ProvinceNames.ByCode.ContainsKey(u.Code[..2] + "0000") && u.Code[..2] is not ("71" or "81" or "82")
                && !u.Code.EndsWith("0000", StringComparison.Ordinal)
                && !Placeholders.Contains(u.Name) && !u.Name.Contains("直辖", StringComparison.Ordinal)
                && !CurrentUnits.IsStatisticalZone(u.Name) && !IsNbsStatisticalCode(u.Code) && !LooksLikeTown(u.Name))
            .OrderBy(u => u.Code, StringComparer.Ordinal).ToList();

        var successors = new Dictionary<string, string>();
        foreach (var u in candidates)
        {
            var s = Successor(u, current);
            if (s != null) successors[u.Code] = s;
            else unresolved.Add($"{u.Code} {u.Name} ({u.Vintage})");
        }

        var resolved = candidates.Where(u => successors.ContainsKey(u.Code)).ToList();
        var needPinyin = resolved.Where(u => Stem(u) != current[successors[u.Code]].ShortNameZh).ToList();
        var syllables = node.Pinyin(needPinyin.Select(Stem).ToList());
        var pinyinByCode = needPinyin.Select((u, i) => (u.Code, Pinyin: PinyinText.Join(syllables[i]))).ToDictionary(x => x.Code, x => x.Pinyin);

        return resolved.Select(u =>
        {
            var successor = current[successors[u.Code]];
            var level = IsPrefectureTier(u.Code) ? AdminLevel.Prefecture : AdminNames.CountyLevel(u.Name);
            var pinyin = pinyinByCode.GetValueOrDefault(u.Code) ?? successor.Pinyin;
            var parent = IsPrefectureTier(u.Code) ? u.Code[..2] + "0000" : CurrentUnits.CountyParent(u.Code);
            return new GazetteerEntry(u.Code, level, u.Name, Stem(u), pinyin, AdminNames.English(pinyin, level, u.Name),
                parent, u.Code[..2] + "0000", successor.Longitude, successor.Latitude, false, successor.Code);
        }).ToList();
    }

    // NBS numbers its statistical zones xxxx7x (经开区, 林场, 街道 listed at county tier); they were never GB/T 2260 units.
    private static bool IsNbsStatisticalCode(string code) => code[4] == '7';

    // A few lists carry towns under six-digit codes (540422 羌纳乡); 东沙群岛 442100 is administered by no mainland unit.
    private static bool LooksLikeTown(string name) =>
        name.EndsWith('乡') || name.EndsWith('镇') || name.EndsWith("街道", StringComparison.Ordinal) || name.EndsWith("群岛", StringComparison.Ordinal);

    private static bool IsPrefectureTier(string code) => code.EndsWith("00", StringComparison.Ordinal);

    private static string Stem(OldUnit u) => AdminNames.Stem(u.Name, IsPrefectureTier(u.Code) ? AdminLevel.Prefecture : AdminNames.CountyLevel(u.Name));

    private static string? Successor(OldUnit u, IReadOnlyDictionary<string, GazetteerEntry> current)
    {
        if (Merges.TryGetValue(u.Code, out var merged) && current.ContainsKey(merged)) return merged;
        var units = current.Values.Where(e => e.Level is not (AdminLevel.Province or AdminLevel.Town) && e.Code[..2] == u.Code[..2]).ToList();
        // The same name in another prefecture is only the same unit for a distinctive name (not 城区, 矿区, 郊区).
        var sameName = units.Where(e => e.NameZh == u.Name && (e.Code[..4] == u.Code[..4] || u.Name.Length > 2)).ToList();
        if (sameName.Count == 1) return sameName[0].Code;
        var stem = Stem(u);
        var sameStem = units.Where(e => e.ShortNameZh == stem || AdminNames.Stem(e.NameZh, e.Level) == stem).ToList();
        if (sameStem.Count >= 1)
            return sameStem.OrderByDescending(e => e.Code[..4] == u.Code[..4]).ThenByDescending(e => IsPrefectureTier(e.Code) == IsPrefectureTier(u.Code)).First().Code;
        // 蓟县 → 蓟州区, 郫县 → 郫都区: a one-character name grew a second character when it became a district or city.
        if (u.Name.Length == 2 && !IsPrefectureTier(u.Code))
        {
            var municipality = ProvinceNames.IsMunicipality(u.Code[..2] + "0000");
            var grown = units.Where(e => (municipality || e.Code[..4] == u.Code[..4]) && e.ShortNameZh.Length == 2 && e.ShortNameZh[0] == u.Name[0]).ToList();
            if (grown.Count == 1) return grown[0].Code;
        }
        // Otherwise (伊春's 2019 reform merged and split districts) the old county is at least inside its current prefecture.
        var prefecture = u.Code[..4] + "00";
        return !IsPrefectureTier(u.Code) && current.TryGetValue(prefecture, out var p) && p.Level == AdminLevel.Prefecture ? prefecture : null;
    }
}
