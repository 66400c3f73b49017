using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Mca.Import;
using Sangam.Api.Mca.Import.Bulk;
using Sangam.Api.Mca.Registry;
using Sangam.Sandbox.DataGovIn;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Puts the sandbox companies that belong in the registry there once (through the same bulk writer as an import),
/// with the email, contact numbers, audit status and financials only the sandbox knows. The others stay with the
/// data.gov.in emulator, so looking them up exercises the live source.
/// </summary>
internal sealed class SandboxRegistrySeed(SangamDb db, TimeProvider time) : IStartupSeed
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Companies.AnyAsync(c => c.Source == CompanySource.Sandbox, cancellationToken))
        {
            return;
        }

        var companies = SandboxCompanies.All.Where(c => c.InRegistry).ToList();
        var now = time.GetUtcNow();
        await using (var writer = await RegistryBulkWriter.OpenAsync(db, CompanySource.Sandbox, now, cancellationToken))
        {
            foreach (var chunk in companies.Select(ToRecord).Chunk(writer.BatchSize))
            {
                await writer.WriteAsync(chunk, cancellationToken);
            }

            await writer.CompleteAsync(cancellationToken);
        }

        foreach (var chunk in companies.Where(c => c.Email is not null || c.ContactNumber is not null || c.FinancialAuditStatus is not null).Chunk(500))
        {
            var cins = chunk.Select(c => c.Cin).ToList();
            var rows = await db.Companies.Where(c => cins.Contains(c.Cin)).ToDictionaryAsync(c => c.Cin, cancellationToken);
            foreach (var company in chunk)
            {
                var row = rows[company.Cin];
                (row.Email, row.ContactNumber, row.FinancialAuditStatus) = (company.Email, company.ContactNumber, company.FinancialAuditStatus);
            }

            db.CompanyFinancials.AddRange(chunk.SelectMany(c => c.Financials.Select(f =>
                new CompanyFinancial { Cin = c.Cin, Year = f.Year, Turnover = f.Turnover, ProfitLoss = f.ProfitLoss })));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
    }

    private static CompanyRecord ToRecord(SandboxCompany company)
    {
        var record = company.MasterDataRecord();
        return MasterDataParser.TryParse(field => MasterDataColumns.Get(record, field), out var parsed, out _, out var problem)
            ? parsed
            : throw new InvalidOperationException($"The sandbox company {company.Cin} is not valid master data: {problem}");
    }
}
