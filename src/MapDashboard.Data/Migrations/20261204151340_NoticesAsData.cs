using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MapDashboard.Data.Migrations
{
    /// <summary>
    /// Notices as data: metadata read from the text (number, Chinese title, date, source), a status (draft or published),
    /// the review decisions as rows and every publish as a revision. Notices stored before were what readers saw, so they
    /// become published at their import time; new rows always state their status (the column keeps no default).
    /// </summary>
    public partial class NoticesAsData : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "issued_on",
                table: "notices",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "number",
                table: "notices",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "published_at",
                table: "notices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "notices",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "notices",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "published");

            migrationBuilder.Sql("""
                ALTER TABLE notices ALTER COLUMN status DROP DEFAULT;
                ALTER TABLE notices ADD CONSTRAINT ck_notices_status CHECK (status IN ('draft', 'published'));
                UPDATE notices SET published_at = imported_at WHERE status = 'published';
                """);

            migrationBuilder.AddColumn<string>(
                name: "title_zh",
                table: "notices",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "theme_title_zh",
                table: "measures",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "title_zh",
                table: "measures",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "notice_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    notice_id = table.Column<string>(type: "character varying(64)", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    text_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    decisions = table.Column<string>(type: "text", nullable: false),
                    published_by = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notice_revisions", x => x.id);
                    table.ForeignKey(
                        name: "FK_notice_revisions_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "review_decisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    notice_id = table.Column<string>(type: "character varying(64)", nullable: false),
                    adcode = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    source_phrase = table.Column<string>(type: "text", nullable: false),
                    action = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    value = table.Column<decimal>(type: "numeric(20,4)", precision: 20, scale: 4, nullable: true),
                    unit = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_review_decisions", x => x.id);
                    table.CheckConstraint("ck_review_decisions_action", "action IN ('set', 'keep', 'ignore')");
                    table.ForeignKey(
                        name: "FK_review_decisions_notices_notice_id",
                        column: x => x.notice_id,
                        principalTable: "notices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_notices_status_published_at",
                table: "notices",
                columns: new[] { "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "IX_notice_revisions_notice_id_sequence",
                table: "notice_revisions",
                columns: new[] { "notice_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_review_decisions_notice_id_adcode_source_phrase",
                table: "review_decisions",
                columns: new[] { "notice_id", "adcode", "source_phrase" },
                unique: true);

            // Writes to these count as data changes too (see migration DataVersion).
            foreach (var table in new[] { "review_decisions", "notice_revisions" })
                migrationBuilder.Sql($"""
                    CREATE TRIGGER {table}_bump_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table}
                    FOR EACH STATEMENT EXECUTE FUNCTION bump_data_version();
                    """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "notice_revisions");

            migrationBuilder.DropTable(
                name: "review_decisions");

            migrationBuilder.Sql("ALTER TABLE notices DROP CONSTRAINT ck_notices_status;");

            migrationBuilder.DropIndex(
                name: "IX_notices_status_published_at",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "issued_on",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "number",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "published_at",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "source",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "status",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "title_zh",
                table: "notices");

            migrationBuilder.DropColumn(
                name: "theme_title_zh",
                table: "measures");

            migrationBuilder.DropColumn(
                name: "title_zh",
                table: "measures");
        }
    }
}
