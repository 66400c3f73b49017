using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Webhooks become the platform's: the account's consent webhook keeps its URL and secret and subscribes to
    /// driver.consent.changed; deliveries gain their event type, delivery id and history.
    /// </summary>
    public partial class GeneralWebhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameTable(
                name: "tracking_webhooks",
                newName: "webhooks");

            // Renaming a table keeps its constraints' names; these follow it, as the model names them.
            migrationBuilder.Sql("ALTER TABLE webhooks RENAME CONSTRAINT pk_tracking_webhooks TO pk_webhooks;");
            migrationBuilder.Sql("ALTER TABLE webhooks RENAME CONSTRAINT fk_tracking_webhooks_accounts_account_id TO fk_webhooks_accounts_account_id;");

            migrationBuilder.AddColumn<int>(
                name: "events",
                table: "webhooks",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "next_attempt_at",
                table: "webhook_deliveries",
                type: "timestamp with time zone",
                nullable: true,
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone");

            migrationBuilder.AlterColumn<long>(
                name: "driver_id",
                table: "webhook_deliveries",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "completed_at",
                table: "webhook_deliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "delivery_id",
                table: "webhook_deliveries",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "event_type",
                table: "webhook_deliveries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "driver.consent.changed");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "last_attempt_at",
                table: "webhook_deliveries",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "response_status",
                table: "webhook_deliveries",
                type: "integer",
                nullable: true);

            // Deliveries were deleted once delivered or given up, so every one left is still pending.
            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "webhook_deliveries",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_account_id_created_at",
                table: "webhook_deliveries",
                columns: new[] { "account_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_completed_at",
                table: "webhook_deliveries",
                column: "completed_at");

            // A pending delivery's id is the one its body already carries, so a receiver still recognises a repeat.
            migrationBuilder.Sql("UPDATE webhook_deliveries SET delivery_id = payload::jsonb ->> 'id';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Before, only consent changes were queued, and only until they were delivered.
            migrationBuilder.Sql("DELETE FROM webhook_deliveries WHERE driver_id IS NULL OR status <> 'Pending';");

            migrationBuilder.DropIndex(
                name: "ix_webhook_deliveries_account_id_created_at",
                table: "webhook_deliveries");

            migrationBuilder.DropIndex(
                name: "ix_webhook_deliveries_completed_at",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "completed_at",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "delivery_id",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "event_type",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "last_attempt_at",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "response_status",
                table: "webhook_deliveries");

            migrationBuilder.DropColumn(
                name: "status",
                table: "webhook_deliveries");

            migrationBuilder.AlterColumn<DateTimeOffset>(
                name: "next_attempt_at",
                table: "webhook_deliveries",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)),
                oldClrType: typeof(DateTimeOffset),
                oldType: "timestamp with time zone",
                oldNullable: true);

            migrationBuilder.AlterColumn<long>(
                name: "driver_id",
                table: "webhook_deliveries",
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.DropColumn(
                name: "events",
                table: "webhooks");

            migrationBuilder.Sql("ALTER TABLE webhooks RENAME CONSTRAINT pk_webhooks TO pk_tracking_webhooks;");
            migrationBuilder.Sql("ALTER TABLE webhooks RENAME CONSTRAINT fk_webhooks_accounts_account_id TO fk_tracking_webhooks_accounts_account_id;");

            migrationBuilder.RenameTable(
                name: "webhooks",
                newName: "tracking_webhooks");
        }
    }
}
