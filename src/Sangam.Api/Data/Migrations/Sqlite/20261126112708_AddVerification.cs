using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddVerification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cached_lookups",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    service = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    response_status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    response_code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    found = table.Column<bool>(type: "INTEGER", nullable: false),
                    fetched_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cached_lookups", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cached_lookups_account_id_service_request_hash",
                table: "cached_lookups",
                columns: new[] { "account_id", "service", "request_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cached_lookups_expires_at",
                table: "cached_lookups",
                column: "expires_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cached_lookups");
        }
    }
}
