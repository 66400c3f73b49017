using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddVendors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mca_companies",
                columns: table => new
                {
                    cin = table.Column<string>(type: "TEXT", maxLength: 21, nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    name_key = table.Column<string>(type: "TEXT", nullable: false),
                    roc_code = table.Column<string>(type: "TEXT", nullable: true),
                    category = table.Column<string>(type: "TEXT", nullable: true),
                    sub_category = table.Column<string>(type: "TEXT", nullable: true),
                    company_class = table.Column<string>(type: "TEXT", nullable: true),
                    authorized_capital = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    paid_up_capital = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    incorporation_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    registered_address = table.Column<string>(type: "TEXT", nullable: true),
                    listing_status = table.Column<string>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", nullable: true),
                    state = table.Column<string>(type: "TEXT", nullable: true),
                    origin = table.Column<string>(type: "TEXT", nullable: true),
                    nic_code = table.Column<string>(type: "TEXT", nullable: true),
                    activity = table.Column<string>(type: "TEXT", nullable: true),
                    email = table.Column<string>(type: "TEXT", nullable: true),
                    contact_number = table.Column<string>(type: "TEXT", nullable: true),
                    financial_audit_status = table.Column<string>(type: "TEXT", nullable: true),
                    source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    content_hash = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_companies", x => x.cin);
                });

            migrationBuilder.CreateTable(
                name: "mca_company_financials",
                columns: table => new
                {
                    cin = table.Column<string>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    turnover = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: false),
                    profit_loss = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_company_financials", x => new { x.cin, x.year });
                });

            migrationBuilder.CreateTable(
                name: "mca_company_name_tokens",
                columns: table => new
                {
                    cin = table.Column<string>(type: "TEXT", nullable: false),
                    token = table.Column<string>(type: "TEXT", nullable: false),
                    name_length = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_company_name_tokens", x => new { x.cin, x.token });
                });

            migrationBuilder.CreateIndex(
                name: "ix_mca_company_name_tokens_token_name_length_cin",
                table: "mca_company_name_tokens",
                columns: new[] { "token", "name_length", "cin" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "mca_companies");

            migrationBuilder.DropTable(
                name: "mca_company_financials");

            migrationBuilder.DropTable(
                name: "mca_company_name_tokens");
        }
    }
}
