using System.Collections.Frozen;
using System.Collections.Immutable;

namespace MapDashboard.Core.Geography;

/// <summary>Chinese generic suffixes of administrative names and their English forms.</summary>
public static class AdminNames
{
    // Longest first, so that 自治县 wins over 县 and 林区 over 区.
    private static readonly ImmutableArray<(string Suffix, AdminLevel Level, string English)> CountySuffixes =
    [
        ("自治县", AdminLevel.County, "Autonomous County"),
        ("自治旗", AdminLevel.County, "Autonomous Banner"),
        ("行政委员会", AdminLevel.County, "Administrative Committee"),
        ("林区", AdminLevel.County, "Forestry District"),
        ("特区", AdminLevel.County, "Special District"),
        ("区", AdminLevel.District, "District"),
        ("市", AdminLevel.CountyCity, "City"),
        ("县", AdminLevel.County, "County"),
        ("旗", AdminLevel.County, "Banner"),
    ];

    private static readonly ImmutableArray<(string Suffix, string English)> PrefectureSuffixes =
    [
        ("自治州", "Autonomous Prefecture"),
        ("地区", "Prefecture"),
        ("盟", "League"),
        ("市", "City"),
    ];

    private static readonly ImmutableArray<(string Suffix, string English)> TownSuffixes =
    [
        ("街道办事处", "Subdistrict"),
        ("街道", "Subdistrict"),
        ("民族苏木", "Ethnic Sumu"),
        ("苏木", "Sumu"),
        ("族乡", "Ethnic Township"),
        ("镇", "Town"),
        ("乡", "Township"),
        ("办事处", "Office"),
    ];

    /// <summary>Level of a county-tier unit from its full name: 区 district, 市 county-level city, else county.</summary>
    public static AdminLevel CountyLevel(string fullName)
    {
        foreach (var s in CountySuffixes)
            if (fullName.EndsWith(s.Suffix, StringComparison.Ordinal)) return s.Level;
        return AdminLevel.County;
    }

    /// <summary>English generic term for a unit, e.g. "District" for 花都区, "Province" for 广东省.</summary>
    public static string EnglishSuffix(AdminLevel level, string fullName)
    {
        IEnumerable<(string Suffix, string English)> table = level switch
        {
            AdminLevel.Prefecture => PrefectureSuffixes,
            AdminLevel.Town => TownSuffixes,
            AdminLevel.Province => [],
            _ => CountySuffixes.Select(s => (s.Suffix, s.English)),
        };
        return table.FirstOrDefault(s => fullName.EndsWith(s.Suffix, StringComparison.Ordinal)).English ?? "";
    }

    /// <summary>"Huadu District", "Gongzhuling City", "Shexian County"; the pinyin alone when no generic term applies.</summary>
    public static string English(string pinyin, AdminLevel level, string fullName)
    {
        var suffix = EnglishSuffix(level, fullName);
        return suffix.Length == 0 ? pinyin : pinyin + " " + suffix;
    }

    /// <summary>
    /// Name without its generic suffix, as used in running text: 长泰县 → 长泰, 范家屯镇 → 范家屯, 大河回族乡 → 大河.
    /// A one-character stem keeps its suffix (歙县 stays 歙县), as is the usage.
    /// </summary>
    public static string Stem(string fullName, AdminLevel level)
    {
        IEnumerable<string> suffixes = level switch
        {
            AdminLevel.Town => TownSuffixes.Select(s => s.Suffix),
            AdminLevel.Prefecture => PrefectureSuffixes.Select(s => s.Suffix),
            AdminLevel.Province => ["特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市"],
            _ => CountySuffixes.Select(s => s.Suffix),
        };
        var stem = fullName;
        foreach (var s in suffixes)
        {
            if (!fullName.EndsWith(s, StringComparison.Ordinal)) continue;
            stem = fullName[..^s.Length];
            break;
        }
        if (level is AdminLevel.Town or AdminLevel.Prefecture or AdminLevel.County)
            stem = StripEthnicTail(stem);
        return stem.Length >= 2 ? stem : fullName;
    }

    // 延边朝鲜族自治州 → 延边, 琼中黎族苗族 → 琼中: drop trailing "X族" groups while at least two characters remain.
    private static string StripEthnicTail(string stem)
    {
        while (true)
        {
            var i = stem.LastIndexOf('族');
            if (i != stem.Length - 1) return stem;
            var cut = -1;
            for (var len = 1; len <= 4 && i - len >= 2; len++)
            {
                if (EthnicGroups.Contains(stem.Substring(i - len, len + 1))) { cut = i - len; break; }
            }
            if (cut < 0) return stem;
            stem = stem[..cut];
        }
    }

    private static readonly FrozenSet<string> EthnicGroups = new[]
    {
        "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族",
        "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族",
        "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族",
        "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族",
        "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族", "各族",
    }.ToFrozenSet();
}
