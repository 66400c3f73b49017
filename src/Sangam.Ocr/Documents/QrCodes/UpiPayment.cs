using System.Globalization;

namespace Sangam.Ocr.Documents.QrCodes;

/// <summary>A UPI payment request as printed on invoices: <c>upi://pay?pa=...&amp;pn=...&amp;am=...</c>.</summary>
/// <param name="PayeeAddress">The VPA (<c>pa</c>), e.g. "shop@okhdfcbank".</param>
/// <param name="PayeeName">The payee name (<c>pn</c>), URL-decoded.</param>
/// <param name="Amount">The amount (<c>am</c>) when present and numeric.</param>
/// <param name="Currency">The currency (<c>cu</c>), INR when absent.</param>
/// <param name="Note">The transaction note (<c>tn</c>).</param>
/// <param name="Parameters">Every parameter, decoded.</param>
public sealed record UpiPayment(
    string PayeeAddress, string? PayeeName, decimal? Amount, string Currency, string? Note, IReadOnlyDictionary<string, string> Parameters)
{
    public static bool TryParse(string text, out UpiPayment? payment)
    {
        payment = null;
        if (!text.StartsWith("upi://pay?", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in text["upi://pay?".Length..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                parameters[pair[..equals]] = Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            }
        }

        if (!parameters.TryGetValue("pa", out var address) || !address.Contains('@', StringComparison.Ordinal))
        {
            return false;
        }

        decimal? amount = parameters.TryGetValue("am", out var am) && decimal.TryParse(am, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
        payment = new UpiPayment(address, parameters.GetValueOrDefault("pn"), amount, parameters.GetValueOrDefault("cu") ?? "INR", parameters.GetValueOrDefault("tn"), parameters);
        return true;
    }
}
