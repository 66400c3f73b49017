using System.Text.Json.Serialization;
using Sangam.Api.EInvoices.Import;
using Sangam.Api.EInvoices.Listing;

namespace Sangam.Api.EInvoices.Detail;

/// <summary>
/// The IRN detail: the list item for the IRN plus the NIC JWS strings, the e-way bill fields under NIC's names, and
/// the signature verdicts, verified when asked so that keys added since the import count.
/// </summary>
public sealed record IrnDetail : IrnListItem
{
    public IrnDetail(IrnListItem item)
        : base(item) =>
        // NIC's EwbNo and EwbDt differ from the list's ewbNo and ewbDt only in case, which JSON serializers that match
        // names case-insensitively (ASP.NET's among them) refuse as declared properties; as extension data they pass.
        NicEwayBillFields = new Dictionary<string, object> { ["EwbNo"] = item.EwbNo, ["EwbDt"] = item.EwbDt };

    [JsonPropertyName("SignedInvoice")]
    [JsonPropertyOrder(1)]
    public required string SignedInvoice { get; init; }

    [JsonPropertyName("SignedQRCode")]
    [JsonPropertyOrder(1)]
    public required string SignedQrCode { get; init; }

    [JsonPropertyName("EwbValidTill")]
    [JsonPropertyOrder(1)]
    public required string EwbValidTill { get; init; }

    /// <summary>Verdict on <c>SignedInvoice</c>.</summary>
    [JsonPropertyOrder(1)]
    public required SignatureCheck Signature { get; init; }

    /// <summary>Verdict on <c>SignedQRCode</c>; null when the IRP response carried none.</summary>
    [JsonPropertyOrder(1)]
    public required SignatureCheck? QrSignature { get; init; }

    /// <summary><c>EwbNo</c> and <c>EwbDt</c>, the values of <c>ewbNo</c> and <c>ewbDt</c> under NIC's names.</summary>
    [JsonExtensionData]
    public IDictionary<string, object> NicEwayBillFields { get; }
}
