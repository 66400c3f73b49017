using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Mca.Import.Bulk;

/// <summary>Companies a batch added and changed; the rest of the batch was already registered exactly so.</summary>
internal readonly record struct BatchResult(int Inserted, int Updated);

/// <summary>
/// Writes batches of master-data records to the registry as fast as each database allows, outside EF's change
/// tracker: new companies are inserted, changed ones updated (master-data columns only), unchanged ones skipped, and
/// the name index is rewritten with each added or changed company, and a batch that changed anything advances the
/// <see cref="RegistryVersion"/>. Each batch is one transaction. The provider subclasses are the only place that
/// knows provider-specific bulk SQL.
/// </summary>
internal abstract class RegistryBulkWriter : IAsyncDisposable
{
    /// <summary>The master-data columns of <see cref="RegistryTables.Companies"/>, in the order of <see cref="Values"/>.</summary>
    protected static readonly string[] Columns =
    [
        "cin", "name", "name_key", "roc_code", "category", "sub_category", "company_class", "authorized_capital",
        "paid_up_capital", "incorporation_date", "registered_address", "listing_status", "status", "state", "origin",
        "nic_code", "activity", "source", "content_hash", "updated_at",
    ];

    protected RegistryBulkWriter(CompanySource source, DateTimeOffset now)
    {
        Source = source.ToString();
        Now = now;
    }

    /// <summary>Records per transaction: large enough to amortise a commit, small enough to keep memory flat.</summary>
    public abstract int BatchSize { get; }

    protected string Source { get; }

    protected DateTimeOffset Now { get; }

    public static async Task<RegistryBulkWriter> OpenAsync(SangamDb db, CompanySource source, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connectionString = db.Database.GetConnectionString()
            ?? throw new InvalidOperationException("The database has no connection string.");
        return db.Database.IsNpgsql()
            ? await PostgresRegistryWriter.OpenAsync(connectionString, source, now, cancellationToken)
            : await SqliteRegistryWriter.OpenAsync(connectionString, db, source, now, cancellationToken);
    }

    /// <summary>Writes one batch; CINs must be distinct within it.</summary>
    public abstract Task<BatchResult> WriteAsync(IReadOnlyList<CompanyRecord> batch, CancellationToken cancellationToken);

    /// <summary>Called after the last batch: leaves the name index as quick to search as the provider can make it.</summary>
    public virtual Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public abstract ValueTask DisposeAsync();

    /// <summary>A record's values in the order of <see cref="Columns"/>; the time as the provider stores it.</summary>
    protected object?[] Values(CompanyRecord r, object updatedAt) =>
    [
        r.Cin, r.Name, r.NameKey, r.RocCode, r.Category, r.SubCategory, r.CompanyClass, r.AuthorizedCapital,
        r.PaidUpCapital, r.IncorporationDate, r.RegisteredAddress, r.ListingStatus, r.Status, r.State, r.Origin,
        r.NicCode, r.Activity, Source, r.ContentHash, updatedAt,
    ];
}
