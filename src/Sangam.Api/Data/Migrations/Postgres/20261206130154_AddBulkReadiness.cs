using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddBulkReadiness : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bulk_readiness_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<long>(type: "bigint", nullable: true),
                    api_key_id = table.Column<long>(type: "bigint", nullable: true),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    rows_total = table.Column<int>(type: "integer", nullable: false),
                    rows_done = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    lease_token = table.Column<Guid>(type: "uuid", nullable: true),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    error_message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulk_readiness_jobs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "bulk_readiness_rows",
                columns: table => new
                {
                    job_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    vehicle_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    dl_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    dob = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    verdict = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    blockers = table.Column<string>(type: "text", nullable: true),
                    warnings = table.Column<string>(type: "text", nullable: true),
                    unverified = table.Column<string>(type: "text", nullable: true),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_bulk_readiness_rows", x => new { x.job_id, x.line });
                    table.ForeignKey(
                        name: "fk_bulk_readiness_rows_bulk_readiness_jobs_job_id",
                        column: x => x.job_id,
                        principalTable: "bulk_readiness_jobs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_bulk_readiness_jobs_account_id",
                table: "bulk_readiness_jobs",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_bulk_readiness_jobs_expires_at",
                table: "bulk_readiness_jobs",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_bulk_readiness_jobs_status_created_at",
                table: "bulk_readiness_jobs",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_bulk_readiness_rows_job_id_state",
                table: "bulk_readiness_rows",
                columns: new[] { "job_id", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bulk_readiness_rows");

            migrationBuilder.DropTable(
                name: "bulk_readiness_jobs");
        }
    }
}
