using Npgsql;
using NpgsqlTypes;

namespace MapDashboard.Data.Ogc;

/// <summary>
/// The SQL of the OGC API's items and item requests: one statement each, whose GeoJSON PostgreSQL writes itself
/// (text concatenation of ST_AsGeoJSON and json_build_object, joined with string_agg), so the app only streams it.
/// Every statement answers one row: data version, notice (or null when it does not exist), then for items the
/// number returned, the number matched and the features; for an item the feature without its closing brace (so links can follow; null when none). The text varies only
/// by which filters are present (a bounded set of statements, each prepared once per connection).
/// </summary>
public static class FeatureSql
{
    /// <summary>Decimal digits of coordinates: 6 digits of a degree is about 0.1 m, below the source data's precision.</summary>
    public const int CoordinateDigits = 6;

    private const string Version = "(SELECT version FROM data_version WHERE id = 1)";
    private const string Envelope = "ST_MakeEnvelope(@west, @south, @east, @north, 4326)";

    // The newest published notice, or the one asked for; a draft is not served (as if it did not exist).
    private const string NoticeCte = "WITH notice AS (SELECT id FROM notices WHERE status = 'published' {0})";
    internal const string NewestNotice = "ORDER BY published_at DESC NULLS LAST, id LIMIT 1";
    private const string ChosenNotice = "AND id = @notice";

    public static FeatureStatement Items(FeatureQuery q)
    {
        var (from, where, order, feature) = Parts(q);
        var filter = string.Join(" AND ", where);
        var sql = $"""
            {(q.Collection.OfNotice ? string.Format(NoticeCte, q.Notice is null ? NewestNotice : ChosenNotice) : "")}
            SELECT {Version}, {(q.Collection.OfNotice ? "(SELECT id FROM notice)" : "NULL::text")}, f.returned,
              CASE WHEN f.returned < @limit AND (f.returned > 0 OR @offset = 0) THEN @offset + f.returned
                   WHEN @known_version = {Version} THEN @known_count
                   ELSE (SELECT count(*) FROM {from} WHERE {filter}) END,
              f.features
            FROM (SELECT count(*) AS returned, string_agg(p.feature, ',' ORDER BY p.ord) AS features
                  FROM (SELECT {feature} AS feature, row_number() OVER () AS ord
                        FROM (SELECT * FROM {from} WHERE {filter} ORDER BY {order} LIMIT @limit OFFSET @offset) AS x) AS p) AS f
            """;
        var parameters = FilterParameters(q);
        parameters.Add(new NpgsqlParameter<int>("limit", NpgsqlDbType.Integer) { TypedValue = q.Limit });
        parameters.Add(new NpgsqlParameter<int>("offset", NpgsqlDbType.Integer) { TypedValue = q.Offset });
        // A count is the costliest part of a small page; one counted at the current version is not counted again.
        parameters.Add(new NpgsqlParameter<long>("known_version", NpgsqlDbType.Bigint) { TypedValue = q.Known?.Version ?? -1 });
        parameters.Add(new NpgsqlParameter<long>("known_count", NpgsqlDbType.Bigint) { TypedValue = q.Known?.Count ?? 0 });
        return new FeatureStatement(sql, parameters);
    }

    /// <summary>One feature by id; <paramref name="featureId"/> must already have the collection's id shape.</summary>
    public static FeatureStatement Item(FeatureCollection collection, string featureId, string? notice)
    {
        var q = new FeatureQuery(collection, 1, 0, Notice: notice);
        var (from, where, _, feature) = Parts(q);
        where.Add(collection.Source == FeatureSource.Practices ? "x_code = @code AND x_measure = @measure" : "code = @code");
        var sql = $"""
            {(collection.OfNotice ? string.Format(NoticeCte, notice is null ? NewestNotice : ChosenNotice) : "")}
            SELECT {Version}, {(collection.OfNotice ? "(SELECT id FROM notice)" : "NULL::text")},
              (SELECT left({feature}, -1) FROM (SELECT * FROM {from} WHERE {string.Join(" AND ", where)}) AS x)
            """;
        var parameters = FilterParameters(q);
        var (code, measure) = FeatureIds.Split(featureId);
        parameters.Add(new NpgsqlParameter<string>("code", NpgsqlDbType.Text) { TypedValue = code });
        if (collection.Source == FeatureSource.Practices)
            parameters.Add(new NpgsqlParameter<int>("measure", NpgsqlDbType.Integer) { TypedValue = measure ?? 0 });
        return new FeatureStatement(sql, parameters);
    }

    // FROM (a relation whose columns are prefixed x_ for the filters), WHERE terms, ORDER BY, and the feature text of one row x.
    private static (string From, List<string> Where, string Order, string Feature) Parts(FeatureQuery q)
    {
        var where = new List<string>();
        if (q.Province is not null) where.Add("x_province = @province");
        if (q.Level is not null) where.Add("x_level = @level");
        if (q.Measure is not null) where.Add(q.Collection.Source == FeatureSource.Practices ? "x_measure = @measure_filter"
            : "x_code IN (SELECT admin_code FROM practices WHERE notice_id = (SELECT id FROM notice) AND measure_number = @measure_filter)");
        if (q.Theme is not null) where.Add(q.Collection.Source == FeatureSource.Practices ? "x_theme = @theme"
            : "x_code IN (SELECT p.admin_code FROM practices p JOIN measures m ON m.notice_id = p.notice_id AND m.number = p.measure_number " +
              "WHERE p.notice_id = (SELECT id FROM notice) AND m.theme_number = @theme)");
        return q.Collection.Source switch
        {
            FeatureSource.AdminUnits => AdminUnits(q, where),
            FeatureSource.Localities => Localities(q, where),
            _ => Practices(q, where),
        };
    }

    private static (string, List<string>, string, string) AdminUnits(FeatureQuery q, List<string> where)
    {
        // Filters on the table's own columns, so the planner sees the primary key, level and GiST indexes.
        for (var i = 0; i < where.Count; i++)
            where[i] = where[i].Replace("x_province", "province_code").Replace("x_level", "level").Replace("x_code", "code");
        where.Insert(0, "level = ANY(@levels)");
        if (q.Bbox is not null) where.Add($"ST_Intersects(boundary, {Envelope})");
        const string from = "admin_units";
        return (from, where, "code", Feature("x.code", "x.boundary", UnitProperties));
    }

    private const string UnitProperties =
        "'code', x.code, 'name_zh', x.name_zh, 'name_en', x.name_en, 'pinyin', x.pinyin, 'level', x.level, " +
        "'parent_code', x.parent_code, 'province', x.province_code";

    private static (string, List<string>, string, string) Localities(FeatureQuery q, List<string> where)
    {
        for (var i = 0; i < where.Count; i++)
            where[i] = where[i].Replace("x_province", "province_code").Replace("x_level", "level").Replace("x_code", "code");
        where.Insert(0, "code IN (SELECT admin_code FROM practices WHERE notice_id = (SELECT id FROM notice))");
        if (q.Bbox is not null) where.Add($"ST_Intersects(COALESCE(boundary, point), {Envelope})");
        var properties = UnitProperties + ", 'notice', (SELECT id FROM notice), " +
            "'measures', (SELECT json_agg(DISTINCT measure_number) FROM practices WHERE notice_id = (SELECT id FROM notice) AND admin_code = x.code), " +
            "'themes', (SELECT json_agg(DISTINCT m.theme_number) FROM practices p JOIN measures m ON m.notice_id = p.notice_id " +
            "AND m.number = p.measure_number WHERE p.notice_id = (SELECT id FROM notice) AND p.admin_code = x.code)";
        return ("admin_units", where, "code", Feature("x.code", "COALESCE(x.boundary, x.point)", properties));
    }

    private static (string, List<string>, string, string) Practices(FeatureQuery q, List<string> where)
    {
        where.Insert(0, "x_notice = (SELECT id FROM notice)");
        if (q.Bbox is not null) where.Add($"ST_Intersects(x_point, {Envelope})");
        const string from = """
            (SELECT p.id AS x_id, p.notice_id AS x_notice, p.measure_number AS x_measure, p.admin_code AS x_code,
                    p.excerpt AS x_excerpt, m.title AS x_measure_title, m.theme_number AS x_theme, m.theme_title AS x_theme_title,
                    u.name_zh AS x_name_zh, u.name_en AS x_name_en, u.level AS x_level, u.province_code AS x_province, u.point AS x_point
             FROM practices p JOIN measures m ON m.notice_id = p.notice_id AND m.number = p.measure_number
                  JOIN admin_units u ON u.code = p.admin_code) AS practice
            """;
        const string properties =
            "'notice', x.x_notice, 'measure', x.x_measure, 'measure_title', x.x_measure_title, 'theme', x.x_theme, " +
            "'theme_title', x.x_theme_title, 'code', x.x_code, 'name_zh', x.x_name_zh, 'name_en', x.x_name_en, " +
            "'level', x.x_level, 'province', x.x_province, 'excerpt', x.x_excerpt, " +
            "'figures', COALESCE((SELECT json_agg(json_build_object('value', i.value, 'unit', i.unit, 'qualifier', i.qualifier, " +
            "'text', i.source_phrase, 'repaired', i.repaired) ORDER BY i.start_offset) FROM indicators i WHERE i.practice_id = x.x_id), '[]'::json)";
        return (from, where, "x_measure, x_code", Feature("x.x_code || '-' || x.x_measure", "x.x_point", properties));
    }

    private static string Feature(string id, string geometry, string properties) =>
        "'{\"type\":\"Feature\",\"id\":' || to_json(" + id + ")::text || ',\"geometry\":' || COALESCE(ST_AsGeoJSON(" + geometry +
        ", " + CoordinateDigits + "), 'null') || ',\"properties\":' || json_build_object(" + properties + ")::text || '}'";

    private static List<NpgsqlParameter> FilterParameters(FeatureQuery q)
    {
        var p = new List<NpgsqlParameter>();
        if (q.Collection.Source == FeatureSource.AdminUnits)
            p.Add(new NpgsqlParameter<string[]>("levels", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. q.Collection.Levels] });
        if (q.Collection.OfNotice && q.Notice is not null) p.Add(new NpgsqlParameter<string>("notice", NpgsqlDbType.Text) { TypedValue = q.Notice });
        if (q.Province is not null) p.Add(new NpgsqlParameter<string>("province", NpgsqlDbType.Text) { TypedValue = q.Province });
        if (q.Level is not null) p.Add(new NpgsqlParameter<string>("level", NpgsqlDbType.Text) { TypedValue = q.Level });
        if (q.Measure is { } measure) p.Add(new NpgsqlParameter<int>("measure_filter", NpgsqlDbType.Integer) { TypedValue = measure });
        if (q.Theme is { } theme) p.Add(new NpgsqlParameter<int>("theme", NpgsqlDbType.Integer) { TypedValue = theme });
        if (q.Bbox is { } b)
            foreach (var (name, value) in new[] { ("west", b.West), ("south", b.South), ("east", b.East), ("north", b.North) })
                p.Add(new NpgsqlParameter<double>(name, NpgsqlDbType.Double) { TypedValue = value });
        return p;
    }
}

/// <summary>A statement's text and its parameters.</summary>
public sealed record FeatureStatement(string Sql, IReadOnlyList<NpgsqlParameter> Parameters);
