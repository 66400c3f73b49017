using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sangam.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accounts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    slug = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    rate_limit_per_minute = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cached_lookups",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    service = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    response_status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    response_code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    found = table.Column<bool>(type: "boolean", nullable: false),
                    fetched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cached_lookups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    key = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    request_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    is_completed = table.Column<bool>(type: "boolean", nullable: false),
                    response_status = table.Column<int>(type: "integer", nullable: false),
                    response_content_type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    response_body = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "login_failures",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    normalized_username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_login_failures", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mca_companies",
                columns: table => new
                {
                    cin = table.Column<string>(type: "character varying(21)", maxLength: 21, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    name_key = table.Column<string>(type: "text", nullable: false),
                    roc_code = table.Column<string>(type: "text", nullable: true),
                    category = table.Column<string>(type: "text", nullable: true),
                    sub_category = table.Column<string>(type: "text", nullable: true),
                    company_class = table.Column<string>(type: "text", nullable: true),
                    authorized_capital = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    paid_up_capital = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: true),
                    incorporation_date = table.Column<DateOnly>(type: "date", nullable: true),
                    registered_address = table.Column<string>(type: "text", nullable: true),
                    listing_status = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: true),
                    state = table.Column<string>(type: "text", nullable: true),
                    origin = table.Column<string>(type: "text", nullable: true),
                    nic_code = table.Column<string>(type: "text", nullable: true),
                    activity = table.Column<string>(type: "text", nullable: true),
                    email = table.Column<string>(type: "text", nullable: true),
                    contact_number = table.Column<string>(type: "text", nullable: true),
                    financial_audit_status = table.Column<string>(type: "text", nullable: true),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    content_hash = table.Column<long>(type: "bigint", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_companies", x => x.cin);
                });

            migrationBuilder.CreateTable(
                name: "mca_company_financials",
                columns: table => new
                {
                    cin = table.Column<string>(type: "text", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    turnover = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    profit_loss = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_company_financials", x => new { x.cin, x.year });
                });

            migrationBuilder.CreateTable(
                name: "mca_company_name_tokens",
                columns: table => new
                {
                    cin = table.Column<string>(type: "text", nullable: false),
                    token = table.Column<string>(type: "text", nullable: false),
                    name_length = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_company_name_tokens", x => new { x.cin, x.token });
                });

            migrationBuilder.CreateTable(
                name: "usage_daily",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    api = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    calls = table.Column<long>(type: "bigint", nullable: false),
                    errors = table.Column<long>(type: "bigint", nullable: false),
                    cache_hits = table.Column<long>(type: "bigint", nullable: false),
                    total_duration_ms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_usage_daily", x => new { x.account_id, x.day, x.api });
                });

            migrationBuilder.CreateTable(
                name: "usage_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    api = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    status = table.Column<int>(type: "integer", nullable: false),
                    duration_ms = table.Column<int>(type: "integer", nullable: false),
                    cache_hit = table.Column<bool>(type: "boolean", nullable: true),
                    upstream_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_usage_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "account_entitlements",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    family = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_entitlements", x => new { x.account_id, x.family });
                    table.ForeignKey(
                        name: "fk_account_entitlements_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "account_gstins",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    gstin = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_gstins", x => new { x.account_id, x.gstin });
                    table.ForeignKey(
                        name: "fk_account_gstins_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "account_subscriptions",
                columns: table => new
                {
                    subid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_account_subscriptions", x => x.subid);
                    table.ForeignKey(
                        name: "fk_account_subscriptions_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "drivers",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    mobile = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    vehicle_number = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    consent_channel = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    @operator = table.Column<string>(name: "operator", type: "character varying(32)", maxLength: 32, nullable: true),
                    consent_status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    consent_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consent_request_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consent_updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consent_valid_till = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    consent_detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    next_check_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    check_attempts = table.Column<int>(type: "integer", nullable: false),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_drivers", x => x.id);
                    table.ForeignKey(
                        name: "fk_drivers_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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

            migrationBuilder.CreateTable(
                name: "tracking_webhooks",
                columns: table => new
                {
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    secret = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tracking_webhooks", x => x.account_id);
                    table.ForeignKey(
                        name: "fk_tracking_webhooks_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    normalized_username = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    password_hash = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    password_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                    table.ForeignKey(
                        name: "fk_users_accounts_account_id",
                        column: x => x.account_id,
                        principalTable: "accounts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consent_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    driver_id = table.Column<long>(type: "bigint", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_events_drivers_driver_id",
                        column: x => x.driver_id,
                        principalTable: "drivers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "driver_positions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    driver_id = table.Column<long>(type: "bigint", nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: false),
                    longitude = table.Column<double>(type: "double precision", nullable: false),
                    accuracy_m = table.Column<int>(type: "integer", nullable: false),
                    located_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_driver_positions", x => x.id);
                    table.ForeignKey(
                        name: "fk_driver_positions_drivers_driver_id",
                        column: x => x.driver_id,
                        principalTable: "drivers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "webhook_deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    account_id = table.Column<long>(type: "bigint", nullable: false),
                    driver_id = table.Column<long>(type: "bigint", nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lease_expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_webhook_deliveries", x => x.id);
                    table.ForeignKey(
                        name: "fk_webhook_deliveries_drivers_driver_id",
                        column: x => x.driver_id,
                        principalTable: "drivers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "auth_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<long>(type: "bigint", nullable: false),
                    current_refresh_jti = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    refreshed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_auth_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_auth_sessions_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_account_gstins_gstin",
                table: "account_gstins",
                column: "gstin");

            migrationBuilder.CreateIndex(
                name: "ix_account_subscriptions_account_id",
                table: "account_subscriptions",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_slug",
                table: "accounts",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_auth_sessions_expires_at",
                table: "auth_sessions",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_auth_sessions_user_id",
                table: "auth_sessions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_cached_lookups_account_id_service_request_hash",
                table: "cached_lookups",
                columns: new[] { "account_id", "service", "request_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cached_lookups_expires_at",
                table: "cached_lookups",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_consent_events_driver_id_occurred_at",
                table: "consent_events",
                columns: new[] { "driver_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_driver_positions_driver_id_located_at",
                table: "driver_positions",
                columns: new[] { "driver_id", "located_at" });

            migrationBuilder.CreateIndex(
                name: "ix_driver_positions_located_at",
                table: "driver_positions",
                column: "located_at");

            migrationBuilder.CreateIndex(
                name: "ix_drivers_account_id_mobile",
                table: "drivers",
                columns: new[] { "account_id", "mobile" },
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_drivers_next_check_at",
                table: "drivers",
                column: "next_check_at");

            migrationBuilder.CreateIndex(
                name: "ix_drivers_operator_mobile",
                table: "drivers",
                columns: new[] { "operator", "mobile" });

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

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_account_id_key",
                table: "idempotency_records",
                columns: new[] { "account_id", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_expires_at",
                table: "idempotency_records",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_login_failures_normalized_username_occurred_at",
                table: "login_failures",
                columns: new[] { "normalized_username", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_mca_company_name_tokens_token_name_length_cin",
                table: "mca_company_name_tokens",
                columns: new[] { "token", "name_length", "cin" })
                .Annotation("Relational:Collation", new[] { "C", null, "C" });

            migrationBuilder.CreateIndex(
                name: "ix_usage_events_account_id_occurred_at",
                table: "usage_events",
                columns: new[] { "account_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_usage_events_occurred_at",
                table: "usage_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_users_account_id",
                table: "users",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_username",
                table: "users",
                column: "normalized_username",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_driver_id",
                table: "webhook_deliveries",
                column: "driver_id");

            migrationBuilder.CreateIndex(
                name: "ix_webhook_deliveries_next_attempt_at",
                table: "webhook_deliveries",
                column: "next_attempt_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "account_entitlements");

            migrationBuilder.DropTable(
                name: "account_gstins");

            migrationBuilder.DropTable(
                name: "account_subscriptions");

            migrationBuilder.DropTable(
                name: "auth_sessions");

            migrationBuilder.DropTable(
                name: "cached_lookups");

            migrationBuilder.DropTable(
                name: "consent_events");

            migrationBuilder.DropTable(
                name: "driver_positions");

            migrationBuilder.DropTable(
                name: "e_invoices");

            migrationBuilder.DropTable(
                name: "idempotency_records");

            migrationBuilder.DropTable(
                name: "login_failures");

            migrationBuilder.DropTable(
                name: "mca_companies");

            migrationBuilder.DropTable(
                name: "mca_company_financials");

            migrationBuilder.DropTable(
                name: "mca_company_name_tokens");

            migrationBuilder.DropTable(
                name: "tracking_webhooks");

            migrationBuilder.DropTable(
                name: "usage_daily");

            migrationBuilder.DropTable(
                name: "usage_events");

            migrationBuilder.DropTable(
                name: "webhook_deliveries");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "drivers");

            migrationBuilder.DropTable(
                name: "accounts");
        }
    }
}
