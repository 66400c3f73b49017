using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Sqlite
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
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    account_id = table.Column<long>(type: "INTEGER", nullable: false),
                    irn = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    seller_gstin = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    buyer_gstin = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    document_type = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    document_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    supply_type = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    total_invoice_value = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    ack_number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    acknowledged_at = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    cancelled_at = table.Column<long>(type: "INTEGER", nullable: true),
                    ewb_number = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    ewb_date = table.Column<long>(type: "INTEGER", nullable: true),
                    ewb_valid_till = table.Column<long>(type: "INTEGER", nullable: true),
                    invoice_json = table.Column<string>(type: "TEXT", nullable: false),
                    signed_invoice = table.Column<string>(type: "TEXT", nullable: false),
                    signed_qr_code = table.Column<string>(type: "TEXT", nullable: true),
                    signature_verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    signature_kid = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
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
