using MapDashboard.Core.Geography;
using Microsoft.EntityFrameworkCore;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace MapDashboard.Data.Import;

/// <summary>
/// Loads geodata/ (gazetteer.csv + polygon files) into admin_units: binary COPY into a temporary table, then one
/// INSERT … ON CONFLICT that touches only rows whose content differs, in one transaction. Running it again changes nothing.
/// Former units (is_current=false) stay in gazetteer.csv for matching text; they are not places on the map, so they are
/// not imported.
/// </summary>
public static class AdminUnitImporter
{
    public static async Task<AdminUnitImportResult> ImportAsync(MapDashboardDbContext db, string geodataDir, CancellationToken ct)
    {
        var rows = AdminUnitRows.Read(geodataDir);
        var conn = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = conn.State != System.Data.ConnectionState.Open;
        if (opened) await conn.OpenAsync(ct);
        try
        {
            await using var tx = await conn.BeginTransactionAsync(ct);
            await Execute(conn, tx, """
                CREATE TEMP TABLE admin_units_in (LIKE admin_units INCLUDING DEFAULTS) ON COMMIT DROP
                """, ct);
            await Copy(conn, rows, ct);
            var existing = await Scalar(conn, tx, "SELECT count(*) FROM admin_units WHERE code IN (SELECT code FROM admin_units_in)", ct);
            var changed = await Scalar(conn, tx, """
                WITH up AS (
                  INSERT INTO admin_units AS t (code, level, name_zh, short_name_zh, name_en, pinyin, parent_code, province_code, boundary, point)
                  SELECT code, level, name_zh, short_name_zh, name_en, pinyin, parent_code, province_code, boundary, point FROM admin_units_in
                  ON CONFLICT (code) DO UPDATE SET
                    level = excluded.level, name_zh = excluded.name_zh, short_name_zh = excluded.short_name_zh,
                    name_en = excluded.name_en, pinyin = excluded.pinyin, parent_code = excluded.parent_code,
                    province_code = excluded.province_code, boundary = excluded.boundary, point = excluded.point
                  WHERE (t.level, t.name_zh, t.short_name_zh, t.name_en, t.pinyin, t.parent_code, t.province_code)
                        IS DISTINCT FROM (excluded.level, excluded.name_zh, excluded.short_name_zh, excluded.name_en,
                                          excluded.pinyin, excluded.parent_code, excluded.province_code)
                     OR NOT (t.point ~= excluded.point)
                     OR (t.boundary IS NULL) <> (excluded.boundary IS NULL)
                     OR (t.boundary IS NOT NULL AND NOT ST_Equals(t.boundary, excluded.boundary))
                  RETURNING 1)
                SELECT count(*) FROM up
                """, ct);
            await tx.CommitAsync(ct);
            var inserted = rows.Count - existing;
            return new AdminUnitImportResult(inserted, changed - inserted, existing - (changed - inserted));
        }
        finally
        {
            if (opened) await conn.CloseAsync();
        }
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
