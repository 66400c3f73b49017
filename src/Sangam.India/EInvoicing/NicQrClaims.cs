using System.Globalization;
using System.Text.Json;

namespace Sangam.India.EInvoicing;

/// <summary>
/// The claims of an e-invoice signed QR code (the <c>data</c> of its JWS), under NIC's names.
/// GSTINs and the IRN are kept as sent: sandbox values often fail their checks, and an
/// unregistered buyer is "URP".
/// </summary>
public sealed record NicQrClaims
{
    /// <summary>The supplier's GSTIN.</summary>
    public required string SellerGstin { get; init; }

    /// <summary>The recipient's GSTIN, or "URP" for an unregistered person.</summary>
    public required string BuyerGstin { get; init; }

    /// <summary>The document number.</summary>
    public required string DocNo { get; init; }

    /// <summary>The document type code: INV, CRN or DBN.</summary>
    public required string DocTyp { get; init; }

    /// <summary>The document date (sent as dd/MM/yyyy).</summary>
    public required DateOnly DocDt { get; init; }

    /// <summary>The total invoice value.</summary>
    public required decimal TotInvVal { get; init; }

    /// <summary>The number of line items.</summary>
    public required int ItemCnt { get; init; }

    /// <summary>The HSN code of the main item.</summary>
    public required string MainHsnCode { get; init; }

    /// <summary>The IRN.</summary>
    public required string Irn { get; init; }

    /// <summary>When the IRN was generated (sent as yyyy-MM-dd HH:mm:ss, IST); absent on 2020-era codes.</summary>
    public DateTime? IrnDt { get; init; }

    /// <summary>Reads the claims from the parsed <c>data</c> of a signed QR code.</summary>
    public static ParseResult<NicQrClaims> Parse(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return ParseResult.Failure<NicQrClaims>("the QR data is not a JSON object");
        }

        var reader = new ClaimReader(data);
        var claims = new NicQrClaims
        {
            SellerGstin = reader.Text(nameof(SellerGstin)),
            BuyerGstin = reader.Text(nameof(BuyerGstin)),
            DocNo = reader.Text(nameof(DocNo)),
            DocTyp = reader.Text(nameof(DocTyp)),
            DocDt = reader.Date(nameof(DocDt)),
            TotInvVal = reader.Number(nameof(TotInvVal)),
            ItemCnt = (int)reader.Number(nameof(ItemCnt), integer: true),
            MainHsnCode = reader.Text(nameof(MainHsnCode)),
            Irn = reader.Text(nameof(Irn)),
            IrnDt = reader.OptionalTimestamp(nameof(IrnDt)),
        };
        return reader.Problem is null ? ParseResult.Success(claims) : ParseResult.Failure<NicQrClaims>(reader.Problem);
    }

    /// <summary>Reads the claims from the <c>data</c> JSON text of a signed QR code.</summary>
    public static ParseResult<NicQrClaims> Parse(string? dataJson)
    {
        if (string.IsNullOrWhiteSpace(dataJson))
        {
            return ParseResult.Failure<NicQrClaims>("no QR data given");
        }

        try
        {
            return Parse(JsonElement.Parse(dataJson));
        }
        catch (JsonException)
        {
            return ParseResult.Failure<NicQrClaims>("the QR data is not JSON");
        }
    }

    /// <summary>Reads typed claims and keeps the first problem met, so one pass reports the first bad claim.</summary>
    private sealed class ClaimReader(JsonElement data)
    {
        public string? Problem { get; private set; }

        public string Text(string name)
        {
            if (!data.TryGetProperty(name, out var value))
            {
                return Fail(string.Empty, $"{name} is missing");
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString()!,
                JsonValueKind.Number => value.GetRawText(), // an HSN code is sometimes sent as a number
                _ => Fail(string.Empty, $"{name} should be text"),
            };
        }

        public decimal Number(string name, bool integer = false)
        {
            if (!data.TryGetProperty(name, out var value))
            {
                return Fail(0m, $"{name} is missing");
            }

            var parsed = value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetDecimal(out var number) => number,
                JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) => number,
                _ => (decimal?)null,
            };
            return parsed is not { } result || (integer && (result != decimal.Truncate(result) || result is < 0 or > int.MaxValue))
                ? Fail(0m, $"{name} should be {(integer ? "a whole number" : "a number")}")
                : result;
        }

        public DateOnly Date(string name)
        {
            var text = Text(name);
            return DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                ? date
                : Fail(default(DateOnly), $"{name} '{Shorten(text)}' is not a dd/MM/yyyy date");
        }

        public DateTime? OptionalTimestamp(string name)
        {
            if (!data.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            return DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var timestamp)
                ? timestamp
                : Fail<DateTime?>(null, $"{name} '{Shorten(text)}' is not a yyyy-MM-dd HH:mm:ss timestamp");
        }

        private static string? Shorten(string? text) => text is { Length: > 32 } ? string.Concat(text.AsSpan(0, 32), "…") : text;

        private T Fail<T>(T placeholder, string problem)
        {
            Problem ??= problem;
            return placeholder;
        }
    }
}
