using MapDashboard.Core.Geography;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace MapDashboard.Data.Import;

/// <summary>
/// Loads geodata/ (gazetteer.csv + polygon files) into admin_units: binary COPY into a temporary table, a count of the rows
/// that are new or differ, and, only when there are any, one INSERT … ON CONFLICT that touches exactly those rows. Running it
/// again issues no write at all, so the statement triggers on admin_units do not raise the data version (they fire for a
/// statement even when it changes no row). Admin units are never deleted. Former units (is_current=false) stay in
/// gazetteer.csv for matching text; they are not places on the map, so they are not imported.
/// </summary>
public static class AdminUnitImporter
{
    /// <summary>Imports the geodata on its own: one transaction under the import lock (see <see cref="DataImport"/>).</summary>
    public static async Task<AdminUnitImportResult> ImportAsync(MapDashboardDbContext db, string geodataDir, CancellationToken ct) =>
        (await DataImport.RunAsync(db, new ImportRequest(geodataDir, []), ImportOptions.Default, ct)).AdminUnits!;

    /// <summary>Stages the geodata in the temporary table admin_units_in (dropped at commit or rollback) and counts what differs.</summary>
    internal static async Task<AdminUnitImportResult> StageAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string geodataDir, CancellationToken ct)
    {
        var rows = AdminUnitRows.Read(geodataDir);
        await Execute(conn, tx, "CREATE TEMP TABLE admin_units_in (LIKE admin_units INCLUDING DEFAULTS) ON COMMIT DROP", ct);
        await Copy(conn, rows, ct);
        var existing = await Scalar(conn, tx, "SELECT count(*) FROM admin_units WHERE code IN (SELECT code FROM admin_units_in)", ct);
        var differing = await Scalar(conn, tx, $"""
            SELECT count(*) FROM admin_units_in AS excluded LEFT JOIN admin_units AS t USING (code)
            WHERE t.code IS NULL OR {Differs}
            """, ct);
        var inserted = rows.Count - existing;
        return new AdminUnitImportResult(inserted, differing - inserted, existing - (differing - inserted));
    }

    /// <summary>Writes the staged rows that are new or differ; issues no statement when there are none.</summary>
    internal static async Task ApplyStagedAsync(NpgsqlConnection conn, NpgsqlTransaction tx, AdminUnitImportResult staged, CancellationToken ct)
    {
        if (staged.Inserted + staged.Updated == 0) return;
        await Execute(conn, tx, $"""
            INSERT INTO admin_units AS t (code, level, name_zh, short_name_zh, name_en, pinyin, parent_code, province_code, boundary, point)
            SELECT code, level, name_zh, short_name_zh, name_en, pinyin, parent_code, province_code, boundary, point FROM admin_units_in
            ON CONFLICT (code) DO UPDATE SET
              level = excluded.level, name_zh = excluded.name_zh, short_name_zh = excluded.short_name_zh,
              name_en = excluded.name_en, pinyin = excluded.pinyin, parent_code = excluded.parent_code,
              province_code = excluded.province_code, boundary = excluded.boundary, point = excluded.point
            WHERE {Differs}
            """, ct);
    }

    // One definition of "differs" for the count and the upsert, so the count is what the upsert writes.
    private const string Differs = """
        ((t.level, t.name_zh, t.short_name_zh, t.name_en, t.pinyin, t.parent_code, t.province_code)
              IS DISTINCT FROM (excluded.level, excluded.name_zh, excluded.short_name_zh, excluded.name_en,
                                excluded.pinyin, excluded.parent_code, excluded.province_code)
           OR NOT (t.point ~= excluded.point)
           OR (t.boundary IS NULL) <> (excluded.boundary IS NULL)
           OR (t.boundary IS NOT NULL AND NOT ST_Equals(t.boundary, excluded.boundary)))
        """;

    /// <summary>Codes among <paramref name="codes"/> that are in admin_units or, when staged, in admin_units_in.</summary>
    internal static async Task<HashSet<string>> KnownCodesAsync(
        NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyCollection<string> codes, bool includeStaged, CancellationToken ct)
    {
        var sql = "SELECT code FROM admin_units WHERE code = ANY(@codes)" +
                  (includeStaged ? " UNION SELECT code FROM admin_units_in WHERE code = ANY(@codes)" : "");
        await using var cmd = new NpgsqlCommand(sql, conn, tx) { Parameters = { new("codes", codes.ToArray()) } };
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        var known = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(ct)) known.Add(reader.GetString(0));
        return known;
    }

    private static async Task Copy(NpgsqlConnection conn, IReadOnlyList<AdminUnitRow> rows, CancellationToken ct)
    {
        await using var writer = await conn.BeginBinaryImportAsync(
            "COPY admin_units_in (code, level, name_zh, short_name_zh, name_en, pinyin, parent_code, province_code, boundary, point) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var r in rows)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(r.Entry.Code, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.Entry.Level.ToCode(), NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.Entry.NameZh, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.Entry.ShortNameZh, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.Entry.NameEn, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.Entry.Pinyin, NpgsqlDbType.Text, ct);
            if (r.Entry.ParentCode.Length == 0) await writer.WriteNullAsync(ct);
            else await writer.WriteAsync(r.Entry.ParentCode, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(r.Entry.ProvinceCode, NpgsqlDbType.Text, ct);
            if (r.Boundary == null) await writer.WriteNullAsync(ct);
            else await writer.WriteAsync<Geometry>(r.Boundary, NpgsqlDbType.Geometry, ct);
            await writer.WriteAsync<Geometry>(r.Point, NpgsqlDbType.Geometry, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task Execute(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static async Task<int> Scalar(NpgsqlConnection conn, NpgsqlTransaction tx, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn, tx);
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
    }
}
