using System.Collections.Frozen;

namespace MapDashboard.Core.Geography;

/// <summary>
/// The 34 provincial-level units (GB/T 2260) with their conventional English names. Pinyin alone gets some wrong
/// (陕西 is "Shaanxi", 内蒙古 "Inner Mongolia", 西藏 "Xizang"), so they are listed, not derived.
/// </summary>
public static class ProvinceNames
{
    public static readonly FrozenDictionary<string, (string Pinyin, string English)> ByCode =
        new Dictionary<string, (string, string)>
        {
            ["110000"] = ("Beijing", "Beijing Municipality"),
            ["120000"] = ("Tianjin", "Tianjin Municipality"),
            ["130000"] = ("Hebei", "Hebei Province"),
            ["140000"] = ("Shanxi", "Shanxi Province"),
            ["150000"] = ("Nei Mongol", "Inner Mongolia Autonomous Region"),
            ["210000"] = ("Liaoning", "Liaoning Province"),
            ["220000"] = ("Jilin", "Jilin Province"),
            ["230000"] = ("Heilongjiang", "Heilongjiang Province"),
            ["310000"] = ("Shanghai", "Shanghai Municipality"),
            ["320000"] = ("Jiangsu", "Jiangsu Province"),
            ["330000"] = ("Zhejiang", "Zhejiang Province"),
            ["340000"] = ("Anhui", "Anhui Province"),
            ["350000"] = ("Fujian", "Fujian Province"),
            ["360000"] = ("Jiangxi", "Jiangxi Province"),
            ["370000"] = ("Shandong", "Shandong Province"),
            ["410000"] = ("Henan", "Henan Province"),
            ["420000"] = ("Hubei", "Hubei Province"),
            ["430000"] = ("Hunan", "Hunan Province"),
            ["440000"] = ("Guangdong", "Guangdong Province"),
            ["450000"] = ("Guangxi", "Guangxi Zhuang Autonomous Region"),
            ["460000"] = ("Hainan", "Hainan Province"),
            ["500000"] = ("Chongqing", "Chongqing Municipality"),
            ["510000"] = ("Sichuan", "Sichuan Province"),
            ["520000"] = ("Guizhou", "Guizhou Province"),
            ["530000"] = ("Yunnan", "Yunnan Province"),
            ["540000"] = ("Xizang", "Xizang Autonomous Region"),
            ["610000"] = ("Shaanxi", "Shaanxi Province"),
            ["620000"] = ("Gansu", "Gansu Province"),
            ["630000"] = ("Qinghai", "Qinghai Province"),
            ["640000"] = ("Ningxia", "Ningxia Hui Autonomous Region"),
            ["650000"] = ("Xinjiang", "Xinjiang Uygur Autonomous Region"),
            ["710000"] = ("Taiwan", "Taiwan Province"),
            ["810000"] = ("Hong Kong", "Hong Kong Special Administrative Region"),
            ["820000"] = ("Macao", "Macao Special Administrative Region"),
        }.ToFrozenDictionary();

    /// <summary>Municipalities directly under the central government: their districts and counties have the province as parent.</summary>
    public static bool IsMunicipality(string provinceCode) => provinceCode is "110000" or "120000" or "310000" or "500000";
}
