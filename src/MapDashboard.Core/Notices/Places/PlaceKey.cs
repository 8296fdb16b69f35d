using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using MapDashboard.Core.Geography;

namespace MapDashboard.Core.Notices.Places;

/// <summary>
/// Matching keys for place names: ASCII letters only, lower case, syllables joined, so "Jiang 'an", "Jiang'an" and
/// "JiangAn" all give "jiangan", and "long gang" gives "longgang".
/// </summary>
public static class PlaceKey
{
    /// <summary>Generic words that say what kind of unit a name is, in English and pinyin.</summary>
    private static readonly FrozenDictionary<string, AdminLevel[]> Suffixes = new Dictionary<string, AdminLevel[]>
    {
        ["province"] = [AdminLevel.Province],
        ["sheng"] = [AdminLevel.Province],
        ["city"] = [AdminLevel.Prefecture, AdminLevel.CountyCity],
        ["shi"] = [AdminLevel.Prefecture, AdminLevel.CountyCity],
        ["prefecture"] = [AdminLevel.Prefecture],
        ["county"] = [AdminLevel.County, AdminLevel.CountyCity],
        ["xian"] = [AdminLevel.County],
        ["banner"] = [AdminLevel.County],
        ["district"] = [AdminLevel.District],
        ["qu"] = [AdminLevel.District],
        ["town"] = [AdminLevel.Town],
        ["township"] = [AdminLevel.Town],
        ["zhen"] = [AdminLevel.Town],
        ["subdistrict"] = [AdminLevel.Town],
    }.ToFrozenDictionary();

    /// <summary>Trailing words dropped from an English name before it becomes a key ("Gongzhuling City" → "gongzhuling").</summary>
    private static readonly FrozenSet<string> GenericWords = FrozenSet.ToFrozenSet(
        ["province", "city", "county", "district", "town", "township", "subdistrict", "street", "prefecture", "banner",
         "autonomous", "region", "special", "administrative", "municipality", "league", "area"]);

    public static string Normalize(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c is >= 'a' and <= 'z') sb.Append(c);
            else if (c is >= 'A' and <= 'Z') sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The levels a generic word points to, or null when the word is not a generic suffix.</summary>
    public static AdminLevel[]? SuffixLevels(string word) =>
        Suffixes.TryGetValue(word.ToLowerInvariant(), out var levels) ? levels : null;

    public static bool IsTownSuffix(string word) => SuffixLevels(word) is [AdminLevel.Town];

    /// <summary>Keys under which an entry is found: its pinyin and its English name without trailing generic words.</summary>
    public static IEnumerable<string> KeysOf(GazetteerEntry e)
    {
        var keys = new HashSet<string>();
        // A one-character short name (范 of 范镇) would turn common English words into places; such units match by full pinyin only.
        if (e.ShortNameZh.Length >= 2 || e.Level == AdminLevel.Province) Add(keys, e.Pinyin);
        var words = e.NameEn.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && GenericWords.Contains(words[^1].ToLowerInvariant())) words.RemoveAt(words.Count - 1);
        Add(keys, string.Join("", words));
        return keys;
    }

    private static void Add(HashSet<string> keys, string s)
    {
        var k = Normalize(s);
        if (k.Length >= 4) keys.Add(k);
    }
}
