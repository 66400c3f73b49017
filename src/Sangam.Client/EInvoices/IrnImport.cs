using System.Text.Json.Serialization;

namespace Sangam.Client.EInvoices;

/// <summary>An IRP response as IRPs and GSPs return it, to import; or a cancellation (<see cref="Irn"/> and <see cref="CancelDate"/>).</summary>
public sealed record IrpResponse
{
    /// <summary>Acknowledgement number.</summary>
    [JsonPropertyName("AckNo")]
    public long? AckNo { get; init; }

    /// <summary>Acknowledgement time, <c>yyyy-MM-dd HH:mm:ss</c> IST.</summary>
    [JsonPropertyName("AckDt")]
    public string? AckDt { get; init; }

    /// <summary>The IRN.</summary>
    [JsonPropertyName("Irn")]
    public string? Irn { get; init; }

    /// <summary>The signed invoice (compact JWS).</summary>
    [JsonPropertyName("SignedInvoice")]
    public string? SignedInvoice { get; init; }

    /// <summary>The signed QR code (compact JWS).</summary>
    [JsonPropertyName("SignedQRCode")]
    public string? SignedQrCode { get; init; }

    /// <summary>ACT or CNL.</summary>
    [JsonPropertyName("Status")]
    public string? Status { get; init; }

    /// <summary>E-way bill number.</summary>
    [JsonPropertyName("EwbNo")]
    public long? EwbNo { get; init; }

    /// <summary>E-way bill time.</summary>
    [JsonPropertyName("EwbDt")]
    public string? EwbDt { get; init; }

    /// <summary>E-way bill validity.</summary>
    [JsonPropertyName("EwbValidTill")]
    public string? EwbValidTill { get; init; }

    /// <summary>When the IRN was cancelled, <c>yyyy-MM-dd HH:mm:ss</c> IST.</summary>
    [JsonPropertyName("CancelDate")]
    public string? CancelDate { get; init; }
}

/// <summary>What became of one imported item.</summary>
public enum ImportOutcome
{
    /// <summary>New in the store.</summary>
    Imported,

    /// <summary>Was active; now cancelled.</summary>
    Cancelled,

    /// <summary>Was stored; e-way bill details added.</summary>
    Updated,

    /// <summary>Was stored; nothing new.</summary>
    Unchanged,

    /// <summary>Not stored; see the problems.</summary>
    Rejected,
}

/// <summary>The answer of an import.</summary>
/// <param name="Message">A one-line summary.</param>
/// <param name="Received">Items sent.</param>
/// <param name="Imported">New in the store.</param>
/// <param name="Cancelled">Cancellations recorded.</param>
/// <param name="Updated">E-way bills added.</param>
/// <param name="Unchanged">Already stored as sent.</param>
/// <param name="Rejected">Not stored.</param>
/// <param name="Results">One result per item, in order.</param>
public sealed record IrnImportResult(
    string Message, int Received, int Imported, int Cancelled, int Updated, int Unchanged, int Rejected, IReadOnlyList<IrnImportItemResult> Results);

/// <summary>The checks and outcome of one imported item.</summary>
/// <param name="Index">Position in the request.</param>
/// <param name="Irn">The IRN, when well-formed.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="IrnStatus">ACT or CNL after the import, for stored items.</param>
/// <param name="Signature">Verdict on the signed invoice.</param>
/// <param name="QrSignature">Verdict on the signed QR code.</param>
/// <param name="IrnCheck">The IRN recomputed from the signed invoice.</param>
/// <param name="Problems">Why it was rejected.</param>
/// <param name="Warnings">Accepted, but worth a look.</param>
public sealed record IrnImportItemResult(
    int Index, string? Irn, ImportOutcome Outcome, string? IrnStatus, SignatureCheck? Signature, SignatureCheck? QrSignature,
    IrnCheck? IrnCheck, IReadOnlyList<string> Problems, IReadOnlyList<string> Warnings);

/// <summary>The IRN computed from supplier GSTIN, financial year, document type and number.</summary>
/// <param name="Computed">The computed IRN.</param>
/// <param name="Matches">Whether it is the IRN the invoice claims.</param>
public sealed record IrnCheck(string Computed, bool Matches);
