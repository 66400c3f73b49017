using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Auth.ApiKeys;
using Sangam.Api.EInvoices;
using Sangam.Api.Http.Idempotency;
using Sangam.Api.Mca.Registry;
using Sangam.Api.Ocr.Jobs;
using Sangam.Api.SimTracking;
using Sangam.Api.Usage.Metering;
using Sangam.Api.Vehicles.Bulk;
using Sangam.Api.Vehicles.Caching;
using Sangam.Api.Webhooks;

namespace Sangam.Api.Data;

/// <summary>
/// The one database of the platform. Each API family keeps its entities and their EF configuration in its own
/// folder; configurations are discovered from the assembly. Provider-specific subclasses own the migrations.
/// </summary>
public abstract class SangamDb(DbContextOptions options) : DbContext(options)
{
    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<User> Users => Set<User>();

    public DbSet<AccountEntitlement> AccountEntitlements => Set<AccountEntitlement>();

    public DbSet<AccountSubscription> AccountSubscriptions => Set<AccountSubscription>();

    public DbSet<AccountGstin> AccountGstins => Set<AccountGstin>();

    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();

    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<UsageEvent> UsageEvents => Set<UsageEvent>();

    public DbSet<UsageDaily> UsageDaily => Set<UsageDaily>();

    public DbSet<CachedLookup> CachedLookups => Set<CachedLookup>();

    public DbSet<Company> Companies => Set<Company>();

    public DbSet<CompanyFinancial> CompanyFinancials => Set<CompanyFinancial>();

    public DbSet<EInvoice> EInvoices => Set<EInvoice>();

    public DbSet<Driver> Drivers => Set<Driver>();

    public DbSet<DriverPosition> DriverPositions => Set<DriverPosition>();

    public DbSet<ConsentEvent> ConsentEvents => Set<ConsentEvent>();

    public DbSet<Webhook> Webhooks => Set<Webhook>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<OcrJob> OcrJobs => Set<OcrJob>();

    public DbSet<BulkReadinessJob> BulkReadinessJobs => Set<BulkReadinessJob>();

    public DbSet<BulkReadinessRow> BulkReadinessRows => Set<BulkReadinessRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SangamDb).Assembly);
}
