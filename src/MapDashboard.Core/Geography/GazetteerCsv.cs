using System.Globalization;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Geography;

/// <summary>Reads and writes <c>geodata/gazetteer.csv</c> (UTF-8, header row, one <see cref="GazetteerEntry"/> a row).</summary>
public static class GazetteerCsv
{
    public static readonly string[] Header =
        ["code", "level", "name_zh", "short_name_zh", "pinyin", "name_en", "parent_code", "province_code", "lon", "lat", "is_current", "successor_code"];

    public static IReadOnlyList<GazetteerEntry> Read(TextReader reader)
    {
        var rows = Csv.ReadRecords(reader).GetEnumerator();
        if (!rows.MoveNext() || !rows.Current.SequenceEqual(Header))
            throw new FormatException($"gazetteer.csv: the first line must be the header {string.Join(',', Header)}.");
        var entries = new List<GazetteerEntry>();
        var line = 1;
        while (rows.MoveNext())
        {
            line++;
            var f = rows.Current;
            if (f.Length == 1 && f[0].Length == 0) continue;
            if (f.Length != Header.Length)
                throw new FormatException($"gazetteer.csv line {line}: {f.Length} fields, expected {Header.Length}.");
            entries.Add(new GazetteerEntry(
                f[0], AdminLevelNames.Parse(f[1]), f[2], f[3], f[4], f[5], f[6], f[7],
                double.Parse(f[8], CultureInfo.InvariantCulture), double.Parse(f[9], CultureInfo.InvariantCulture),
                f[10] == "true", f[11]));
        }
        return entries;
    }

    public static IReadOnlyList<GazetteerEntry> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static void Write(TextWriter writer, IEnumerable<GazetteerEntry> entries) =>
        Csv.Write(writer, Header, entries.Select(e => new[]
        {
            e.Code, e.Level.ToCode(), e.NameZh, e.ShortNameZh, e.Pinyin, e.NameEn, e.ParentCode, e.ProvinceCode,
            e.Longitude.ToString("0.######", CultureInfo.InvariantCulture), e.Latitude.ToString("0.######", CultureInfo.InvariantCulture),
            e.IsCurrent ? "true" : "false", e.SuccessorCode,
        }));
}
