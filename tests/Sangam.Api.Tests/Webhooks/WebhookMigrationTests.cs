using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Sangam.Api.Data;
using Sangam.Api.Webhooks;

namespace Sangam.Api.Tests.Webhooks;

/// <summary>A database of the version before webhooks had events, with a consent webhook and a pending post, brought up to date.</summary>
public sealed class WebhookMigrationTests : IAsyncLifetime
{
    private const string Before = "CompanyNameSearch";

    private readonly TestDatabase _database = TestDatabase.Empty();

    public Task InitializeAsync() => _database.PrepareAsync();

    public Task DisposeAsync() => _database.DropAsync();

    [Fact]
    public async Task The_consent_webhook_becomes_a_subscription_to_consent_changes_and_its_pending_post_keeps_its_id()
    {
        await using var db = Open();
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(db.Database.GetMigrations().Single(m => m.EndsWith("_" + Before, StringComparison.Ordinal)));
        // SQLite keeps times as the binary form of a DateTimeOffset; PostgreSQL as timestamps.
        object now = _database.IsPostgres ? DateTimeOffset.UtcNow : 0L;
        var payload = """{"id":"4c1f0e9a2b7d4e31a6f5c8d90b1e2a37","type":"driver.consent.changed","mobile":"9876543210"}""";
        await db.Database.ExecuteSqlAsync($"INSERT INTO accounts (id, slug, name, is_disabled, created_at) VALUES (1, 'acme', 'Acme', false, {now})");
        await db.Database.ExecuteSqlAsync($"INSERT INTO tracking_webhooks (account_id, url, secret, created_at) VALUES (1, 'https://erp.acme.example/hooks', 'whsec_x', {now})");
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO drivers (id, account_id, mobile, name, consent_channel, language, consent_status, consent_requested_at, consent_updated_at, check_attempts, created_at)
            VALUES (1, 1, '9876543210', 'Ramesh', 'Sms', 'HI', 'Pending', {now}, {now}, 0, {now})
            """);
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO webhook_deliveries (id, account_id, driver_id, payload, attempts, next_attempt_at, created_at) VALUES (1, 1, 1, {payload}, 2, {now}, {now})");

        await migrator.MigrateAsync();

        var hook = await db.Webhooks.AsNoTracking().SingleAsync();
        Assert.Equal(("https://erp.acme.example/hooks", "whsec_x", WebhookSubscriptions.DriverConsentChanged), (hook.Url, hook.Secret, hook.Events));
        var delivery = await db.WebhookDeliveries.AsNoTracking().SingleAsync();
        Assert.Equal("4c1f0e9a2b7d4e31a6f5c8d90b1e2a37", delivery.DeliveryId);
        Assert.Equal("driver.consent.changed", delivery.EventType);
        Assert.Equal(WebhookDeliveryStatus.Pending, delivery.Status);
        Assert.Equal((1L, 2, payload), (delivery.DriverId!.Value, delivery.Attempts, delivery.Payload));
        Assert.NotNull(delivery.NextAttemptAt);
    }

    private SangamDb Open() => _database.IsPostgres
        ? new PostgresSangamDb(new DbContextOptionsBuilder<PostgresSangamDb>().UseNpgsql(_database.ConnectionString).UseSnakeCaseNamingConvention().Options)
        : new SqliteSangamDb(new DbContextOptionsBuilder<SqliteSangamDb>().UseSqlite(_database.ConnectionString).UseSnakeCaseNamingConvention().Options);
}
