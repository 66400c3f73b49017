using Sangam.India.EInvoicing;

namespace Sangam.Api.EInvoices.Import;

/// <summary>What became of one IRP response of an import.</summary>
public enum ImportOutcome
{
    /// <summary>New in the account's store.</summary>
    Imported,

    /// <summary>Already stored as active; now cancelled.</summary>
    Cancelled,

    /// <summary>Already stored; the e-way bill details were added.</summary>
    Updated,

    /// <summary>Already stored with nothing new.</summary>
    Unchanged,

    /// <summary>Not stored; <c>problems</c> says why.</summary>
    Rejected,
}

/// <summary>The answer of <c>POST /api/v2/saas-apis/irn/import</c>: counts and one result per item, in order.</summary>
public sealed record IrnImportResponse(
    string Message,
    int Received,
    int Imported,
    int Cancelled,
    int Updated,
    int Unchanged,
    int Rejected,
    IReadOnlyList<IrnImportResult> Results);

/// <summary>The checks and outcome of one item.</summary>
/// <param name="Index">Position in the request (0-based).</param>
/// <param name="Irn">The IRN, when the item names a well-formed one.</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="IrnStatus">ACT or CNL after the import, for stored items.</param>
/// <param name="Signature">Verdict on <c>SignedInvoice</c>.</param>
/// <param name="QrSignature">Verdict on <c>SignedQRCode</c>.</param>
/// <param name="IrnCheck">The IRN recomputed from the signed invoice.</param>
/// <param name="Problems">Why the item was rejected.</param>
/// <param name="Warnings">Accepted, but worth a look (unknown key, sandbox GSTINs, no party owned by the account...).</param>
public sealed record IrnImportResult(
    int Index,
    string? Irn,
    ImportOutcome Outcome,
    string? IrnStatus,
    SignatureCheck? Signature,
    SignatureCheck? QrSignature,
    IrnCheck? IrnCheck,
    IReadOnlyList<string> Problems,
    IReadOnlyList<string> Warnings);

/// <summary>A signature verdict: verified or not, by which key, and why not.</summary>
public sealed record SignatureCheck(bool Verified, NicJwsVerdict Verdict, string? Issuer, string? Kid, string? Key, string? Reason)
{
    public static SignatureCheck From(NicJwsVerification verification) => new(
        verification.IsVerified, verification.Verdict, verification.Issuer, verification.Kid, verification.KeyName, verification.Reason);
}

/// <summary>The IRN computed from the signed invoice (supplier GSTIN, financial year, type, number) and whether it is the one claimed.</summary>
public sealed record IrnCheck(string Computed, bool Matches);
