using System.Globalization;
using System.Text.Json;

namespace Sangam.Api.Connectors.Ulip.Payloads;

/// <summary>The pending e-challans of an ECHALLAN answer: how many and the fines they impose.</summary>
public sealed record ChallanSummary(int Pending, decimal PendingAmount, int Disposed)
{
    public static ChallanSummary Parse(JsonElement payload)
    {
        var data = UlipPayload.AsObject(payload) is { } root && root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default(JsonElement?);
        var pending = Rows(data, "Pending_data");
        return new ChallanSummary(pending.Count, pending.Sum(Amount), Rows(data, "Disposed_data").Count);
    }

    private static List<JsonElement> Rows(JsonElement? data, string key) =>
        data is { } d && d.TryGetProperty(key, out var rows) && rows.ValueKind == JsonValueKind.Array ? [.. rows.EnumerateArray()] : [];

    // States send the fine as a number or as text, under either name.
    private static decimal Amount(JsonElement row) =>
        decimal.TryParse(UlipPayload.Text(row, "amount_of_fine_imposed") ?? UlipPayload.Text(row, "fine_imposed"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : 0;
}
