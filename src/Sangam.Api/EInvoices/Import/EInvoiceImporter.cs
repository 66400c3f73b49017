using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.EInvoices.Import;

/// <summary>
/// Puts verified IRP responses into an account's store. Idempotent by IRN: an e-invoice already stored is left as
/// it is, except that a cancellation is recorded (and is final) and e-way bill details are added once known. Every
/// item gets its own result; a rejected item never stops the others.
/// </summary>
public sealed class EInvoiceImporter(SangamDb db, EInvoiceVerifier verifier, TimeProvider time)
{
    internal async Task<IrnImportResponse> ImportAsync(
        long accountId, IReadOnlySet<string> accountGstins, IReadOnlyList<ImportItem> items, CancellationToken cancellationToken)
    {
        var verdicts = items.Select(item => item.Response is { } response ? verifier.Verify(response) : ItemVerdict.Unreadable(item.Problem!)).ToList();
        foreach (var candidate in verdicts.Select(v => v.Candidate).OfType<EInvoice>())
        {
            if (!accountGstins.Contains(candidate.SellerGstin) && !accountGstins.Contains(candidate.BuyerGstin))
            {
                verdicts.First(v => v.Candidate == candidate).Warnings.Add(
                    $"neither {candidate.SellerGstin} nor {candidate.BuyerGstin} is a GSTIN of your account: the e-invoice is kept but shows in no IRN list until your account owns one of them");
            }
        }

        IReadOnlyList<(ImportOutcome Outcome, EInvoiceStatus? Status)> outcomes;
        try
        {
            outcomes = await StoreAsync(accountId, verdicts, cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // A concurrent import of the same IRN won; run again against what it stored.
            db.ChangeTracker.Clear();
            outcomes = await StoreAsync(accountId, verdicts, cancellationToken);
        }

        var results = verdicts.Select((v, i) => new IrnImportResult(
            i, v.Irn, outcomes[i].Outcome, outcomes[i].Status is { } status ? EInvoiceStatusCode.Of(status) : null,
            v.Signature, v.QrSignature, v.IrnCheck, v.Problems, v.Warnings)).ToList();
        int Count(ImportOutcome outcome) => results.Count(r => r.Outcome == outcome);
        var (imported, cancelled, updated, unchanged, rejected) = (Count(ImportOutcome.Imported), Count(ImportOutcome.Cancelled),
            Count(ImportOutcome.Updated), Count(ImportOutcome.Unchanged), Count(ImportOutcome.Rejected));
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{results.Count} received: {imported} imported, {cancelled} cancelled, {updated} updated, {unchanged} unchanged, {rejected} rejected.");
        return new IrnImportResponse(message, results.Count, imported, cancelled, updated, unchanged, rejected, results);
    }

    private async Task<IReadOnlyList<(ImportOutcome, EInvoiceStatus?)>> StoreAsync(
        long accountId, List<ItemVerdict> verdicts, CancellationToken cancellationToken)
    {
        var irns = verdicts.Where(v => v.IsAccepted && v.Irn is not null).Select(v => v.Irn!).Distinct().ToList();
        var stored = await db.EInvoices
            .Where(e => e.AccountId == accountId && irns.Contains(e.Irn))
            .ToDictionaryAsync(e => e.Irn, StringComparer.Ordinal, cancellationToken);
        var now = time.GetUtcNow();
        var outcomes = new List<(ImportOutcome, EInvoiceStatus?)>(verdicts.Count);
        foreach (var verdict in verdicts)
        {
            if (!verdict.IsAccepted)
            {
                outcomes.Add((ImportOutcome.Rejected, null));
            }
            else if (stored.TryGetValue(verdict.Irn!, out var existing))
            {
                var outcome = Merge(existing, verdict, now);
                outcomes.Add((outcome, existing.Status));
            }
            else if (verdict.Candidate is { } candidate)
            {
                candidate.AccountId = accountId;
                candidate.ImportedAt = now;
                candidate.UpdatedAt = now;
                candidate.CancelledAt ??= candidate.Status == EInvoiceStatus.Cancelled ? now : null;
                db.EInvoices.Add(candidate);
                stored[candidate.Irn] = candidate;
                outcomes.Add((ImportOutcome.Imported, candidate.Status));
            }
            else
            {
                verdict.Problems.Add("no e-invoice with this IRN is in your store: import the e-invoice before its cancellation");
                outcomes.Add((ImportOutcome.Rejected, null));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return outcomes;
    }

    private static ImportOutcome Merge(EInvoice existing, ItemVerdict verdict, DateTimeOffset now)
    {
        var cancels = verdict.IsCancellationOnly || verdict.Candidate?.Status == EInvoiceStatus.Cancelled;
        if (cancels && existing.Status == EInvoiceStatus.Active)
        {
            existing.Status = EInvoiceStatus.Cancelled;
            // Without the IRP's CancelDate, the time this server learnt of the cancellation is the best there is.
            existing.CancelledAt = verdict.CancelledAt ?? now;
            existing.UpdatedAt = now;
            return ImportOutcome.Cancelled;
        }

        if (verdict.Candidate is { EwbNumber: not null } withEwayBill && existing.EwbNumber is null && existing.Status == EInvoiceStatus.Active)
        {
            existing.EwbNumber = withEwayBill.EwbNumber;
            existing.EwbDate = withEwayBill.EwbDate;
            existing.EwbValidTill = withEwayBill.EwbValidTill;
            existing.UpdatedAt = now;
            return ImportOutcome.Updated;
        }

        return ImportOutcome.Unchanged;
    }
}
