using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Connectors.Irp;
using Sangam.Api.Data;
using Sangam.Api.EInvoices.Import;
using Sangam.Api.EInvoices.Listing;
using Sangam.Api.Http.Errors;
using Sangam.Api.Usage.Metering;
using Sangam.India.EInvoicing;

namespace Sangam.Api.EInvoices.Detail;

/// <summary>The e-invoice found, or none; when the IRP was asked and would not give it, its reason.</summary>
public sealed record IrnDetailResult(IrnDetail? Detail, string? Unavailable = null);

/// <summary>
/// Finds an e-invoice for the detail endpoint: in the account's store first; on a miss, at the IRP when one is
/// configured for the GSTIN, in which case the answer is verified and imported into the store like any other.
/// </summary>
public sealed class IrnDetailLookup(SangamDb db, IrpClient irp, EInvoiceImporter importer, NicKeyStore keys)
{
    /// <summary>
    /// The e-invoice of <paramref name="irn"/> where <paramref name="gstin"/> is seller or buyer, if any; a failure
    /// when the IRP had to be asked and failed, or answered an e-invoice that does not verify.
    /// </summary>
    /// <remarks>Records in <paramref name="outcome"/> whether the store answered and what the IRP said.</remarks>
    public async Task<UpstreamResult<IrnDetailResult>> FindAsync(Caller caller, string gstin, string irn, CallOutcome outcome, CancellationToken cancellationToken)
    {
        if (await LoadAsync(caller.AccountId, gstin, irn, cancellationToken) is { } kept)
        {
            outcome.CacheHit = true;
            return new IrnDetailResult(Describe(kept));
        }

        outcome.CacheHit = false;
        if (!irp.CanServe(gstin))
        {
            return new IrnDetailResult(null);
        }

        var fetched = await irp.GetByIrnAsync(gstin, irn, cancellationToken);
        if (fetched.Failure is { } failure)
        {
            outcome.RecordFailure(failure);
            return failure;
        }

        outcome.Upstream = UpstreamOutcomes.Answered(fetched.Value.Invoice is not null);
        if (fetched.Value.Invoice is not { } response)
        {
            return new IrnDetailResult(null, fetched.Value.Unavailable);
        }

        var import = await importer.ImportAsync(caller.AccountId, caller.Account.Gstins, [new ImportItem(response, null)], cancellationToken);
        if (import.Results[0] is { Outcome: ImportOutcome.Rejected } rejected)
        {
            var unusable = UpstreamFailure.Failed(IrpClient.Upstream, $"its e-invoice failed verification: {string.Join("; ", rejected.Problems)}");
            outcome.RecordFailure(unusable);
            return unusable;
        }

        return new IrnDetailResult(await LoadAsync(caller.AccountId, gstin, irn, cancellationToken) is { } stored ? Describe(stored) : null);
    }

    private Task<EInvoice?> LoadAsync(long accountId, string gstin, string irn, CancellationToken cancellationToken) =>
        db.EInvoices.AsNoTracking()
            .FirstOrDefaultAsync(e => e.AccountId == accountId && e.Irn == irn && (e.SellerGstin == gstin || e.BuyerGstin == gstin), cancellationToken);

    private IrnDetail Describe(EInvoice stored) => new(IrnListItem.From(IrnRow.Of(stored)))
    {
        SignedInvoice = stored.SignedInvoice,
        SignedQrCode = stored.SignedQrCode ?? "",
        EwbValidTill = EInvoiceTime.Write(stored.EwbValidTill),
        Signature = SignatureCheck.From(NicJws.Verify(stored.SignedInvoice, keys)),
        QrSignature = stored.SignedQrCode is { } qr ? SignatureCheck.From(NicJws.Verify(qr, keys)) : null,
    };
}
