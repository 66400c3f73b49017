using Sangam.Api.Connectors.Irp;
using Sangam.India.Tax;

namespace Sangam.Api.EInvoices.Import;

/// <summary>
/// The IRP response's own fields (status, acknowledgement, cancellation, e-way bill), read leniently where they only
/// add information and checked against the signed invoice where it carries the same facts.
/// </summary>
internal static class ResponseFields
{
    public static DateTime? ReadTimestamp(string? text, string field, List<string> complaints)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (EInvoiceTime.TryParse(text, out var time))
        {
            return time;
        }

        complaints.Add($"{field} '{text}' is not a {EInvoiceTime.Format} time");
        return null;
    }

    public static EInvoiceStatus ReadStatus(string? status, ItemVerdict verdict)
    {
        switch (status?.Trim().ToUpperInvariant())
        {
            case null or "" or EInvoiceStatusCode.Active:
                return EInvoiceStatus.Active;
            case EInvoiceStatusCode.Cancelled:
                return EInvoiceStatus.Cancelled;
            default:
                verdict.Problems.Add($"Status '{status}' is neither ACT nor CNL");
                return EInvoiceStatus.Active;
        }
    }

    public static (string? AckNo, DateTime? AckDt) ReadAcknowledgement(SignedInvoiceFacts facts, IrpInvoiceResponse response, ItemVerdict verdict)
    {
        var ackNo = facts.AckNo ?? response.AckNo?.Trim();
        if (ackNo is null || ackNo.Length is < 1 or > 20 || !ackNo.All(char.IsAsciiDigit))
        {
            verdict.Problems.Add("AckNo is missing or not a number");
        }
        else if (facts.AckNo is not null && response.AckNo is { } answered && answered.Trim() != facts.AckNo)
        {
            verdict.Problems.Add("AckNo differs from the AckNo inside SignedInvoice");
        }

        var ackDt = ReadTimestamp(facts.AckDt ?? response.AckDt, "AckDt", verdict.Problems);
        if (ackDt is null)
        {
            verdict.Problems.Add("AckDt is missing");
        }
        else if (facts.AckDt is not null && ReadTimestamp(response.AckDt, "AckDt", verdict.Problems) is { } answered && answered != ackDt)
        {
            verdict.Problems.Add("AckDt differs from the AckDt inside SignedInvoice");
        }

        return (ackNo, ackDt);
    }

    public static (string? Number, DateTimeOffset? Date, DateTimeOffset? ValidTill) ReadEwayBill(IrpInvoiceResponse response, ItemVerdict verdict)
    {
        if (string.IsNullOrWhiteSpace(response.EwbNo))
        {
            return default;
        }

        var number = EWayBillNumber.Parse(response.EwbNo);
        if (!number.IsValid)
        {
            verdict.Warnings.Add($"EwbNo '{response.EwbNo}': {number.Problem}; the e-way bill details are not kept");
            return default;
        }

        var date = ReadTimestamp(response.EwbDt, "EwbDt", verdict.Warnings);
        var validTill = ReadTimestamp(response.EwbValidTill, "EwbValidTill", verdict.Warnings);
        return (number.Value.Value, date is { } d ? EInvoiceTime.ToStored(d) : null, validTill is { } v ? EInvoiceTime.ToStored(v) : null);
    }
}
