using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Connectors.Irp;
using Sangam.Api.Data;
using Sangam.Api.EInvoices.Import;
using Sangam.Sandbox.Irp;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Fills the demo account's e-invoice store from the IRP emulator's dataset, once: the same IRP responses the
/// emulator serves, through the same verification and import as any client's. Runs after the demo account seed.
/// </summary>
internal sealed partial class SandboxEInvoiceSeed(IrpRegistry registry, SangamDb db, EInvoiceImporter importer, ILogger<SandboxEInvoiceSeed> logger) : IStartupSeed
{
    private const int BatchSize = 500;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Slug == DemoAccount.Slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken)
            ?? throw new InvalidOperationException("The demo account must be seeded before its e-invoices.");
        if (await db.EInvoices.AnyAsync(e => e.AccountId == account, cancellationToken))
        {
            return;
        }

        var responses = registry.IssueDataset();
        if (responses.Count == 0)
        {
            return;
        }

        var gstins = DemoAccount.Gstins.ToHashSet(StringComparer.Ordinal);
        var stored = 0;
        foreach (var batch in responses.Chunk(BatchSize))
        {
            var items = batch.Select(r => new ImportItem(r.Deserialize<IrpInvoiceResponse>(IrpJson.Options), null)).ToList();
            var result = await importer.ImportAsync(account, gstins, items, cancellationToken);
            if (result.Rejected > 0)
            {
                var first = result.Results.First(r => r.Outcome == ImportOutcome.Rejected);
                throw new InvalidOperationException($"The sandbox IRP dataset failed its own verification: {string.Join("; ", first.Problems)}");
            }

            stored += result.Imported;
            db.ChangeTracker.Clear();
        }

        LogSeeded(logger, stored);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} sandbox e-invoices for the demo account")]
    private static partial void LogSeeded(ILogger logger, int count);
}
