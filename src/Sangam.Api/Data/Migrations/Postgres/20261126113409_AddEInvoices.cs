using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sangam.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddEInvoices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "e_invoices",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    irn = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    seller_gstin = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    buyer_gstin = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    document_type = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    document_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    document_date = table.Column<DateOnly>(type: "date", nullable: false),
                    supply_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    total_invoice_value = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: false),
                    ack_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ewb_number = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    ewb_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ewb_valid_till = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    invoice_json = table.Column<string>(type: "text", nullable: false),
                    signed_invoice = table.Column<string>(type: "text", nullable: false),
                    signed_qr_code = table.Column<string>(type: "text", nullable: true),
                    signature_verdict = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    signature_kid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_e_invoices", x => x.id);
                    table.ForeignKey(
                        name: "fk_e_invoices_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_e_invoices_account_id_buyer_gstin_acknowledged_at_id",
                table: "e_invoices",
                columns: new[] { "account_id", "buyer_gstin", "acknowledged_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_e_invoices_account_id_irn",
                table: "e_invoices",
                columns: new[] { "account_id", "irn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_e_invoices_account_id_seller_gstin_acknowledged_at_id",
                table: "e_invoices",
                columns: new[] { "account_id", "seller_gstin", "acknowledged_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "e_invoices");
        }
    }
}
