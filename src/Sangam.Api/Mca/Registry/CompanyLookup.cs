using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Sangam.Api.Connectors.DataGovIn;
using Sangam.Api.Data;
using Sangam.Api.Http.Errors;
using Sangam.Api.Mca.Import;
using Sangam.Api.Mca.Search;

namespace Sangam.Api.Mca.Registry;

/// <summary>A company found by its identifier, with its financials, and whether answering it needed the upstream.</summary>
public sealed record CompanyLookupResult(Company? Company, IReadOnlyList<CompanyFinancial> Financials, bool AskedUpstream);

/// <summary>
/// Finds a company by CIN or LLPIN: in the registry first; on a miss, when the data.gov.in connector is on, from the
/// live API, keeping what it finds in the registry (cache-aside) and remembering misses for a while so an unknown
/// identifier does not hit the upstream on every call.
/// </summary>
public sealed class CompanyLookup(SangamDb db, DataGovInClient live, IMemoryCache cache, TimeProvider time)
{
    private static readonly TimeSpan MissLifetime = TimeSpan.FromMinutes(10);

    /// <summary>Looks up a normalised identifier; a failure when the live source had to be asked and failed.</summary>
    public async Task<UpstreamResult<CompanyLookupResult>> FindAsync(string cin, CancellationToken cancellationToken)
    {
        var company = await db.Companies.AsNoTracking().FirstOrDefaultAsync(c => c.Cin == cin, cancellationToken);
        if (company is not null)
        {
            var financials = await db.CompanyFinancials.AsNoTracking().Where(f => f.Cin == cin).OrderBy(f => f.Year).ToListAsync(cancellationToken);
            return new CompanyLookupResult(company, financials, AskedUpstream: false);
        }

        var missKey = "mca-miss:" + cin;
        if (!live.IsEnabled || cache.TryGetValue(missKey, out _))
        {
            return new CompanyLookupResult(null, [], AskedUpstream: false);
        }

        var found = await live.FindCompanyAsync(cin, cancellationToken);
        if (found.Failure is { } failure)
        {
            return failure;
        }

        if (found.Value is not { } upstream
            || !MasterDataParser.TryParse(field => MasterDataColumns.Get(upstream, field), out var record, out _, out _)
            || record.Cin != cin)
        {
            cache.Set(missKey, true, MissLifetime);
            return new CompanyLookupResult(null, [], AskedUpstream: true);
        }

        company = record.ToCompany(CompanySource.DataGovIn, time.GetUtcNow());
        await KeepAsync(company, record, cancellationToken);
        return new CompanyLookupResult(company, [], AskedUpstream: true);
    }

    private async Task KeepAsync(Company company, CompanyRecord record, CancellationToken cancellationToken)
    {
        db.Companies.Add(company);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await CompanyNameIndex.Of(db).AddAsync(db, record, cancellationToken);
            await RegistryVersion.AdvanceAsync(db, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A concurrent lookup or an import stored it first; theirs is as good.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
