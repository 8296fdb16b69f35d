using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MapDashboard.Data.Migrations
{
    /// <summary>
    /// data_version: one row whose number goes up, in the same transaction, with every statement that writes the imported
    /// tables (statement triggers, so any writer counts: importers, fixtures, hand edits). Readers that keep what they built
    /// from those tables in memory compare it instead of rebuilding on a timer (see DataVersionQueries).
    /// </summary>
    public partial class DataVersion : Migration
    {
        private static readonly string[] Tables = ["admin_units", "notices", "measures", "practices", "indicators"];

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE data_version (
                    id integer PRIMARY KEY CHECK (id = 1),
                    version bigint NOT NULL,
                    changed_at timestamp with time zone NOT NULL);
                INSERT INTO data_version VALUES (1, 1, now());
                CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE data_version SET version = version + 1, changed_at = now() WHERE id = 1;
                    RETURN NULL;
                END $$;
                """);
            foreach (var table in Tables)
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in Tables)
                migrationBuilder.Sql($"DROP TRIGGER {table}_bump_data_version ON {table};");
            migrationBuilder.Sql("DROP FUNCTION bump_data_version(); DROP TABLE data_version;");
        }
    }
}
