using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Api.Connectors.Irp;

/// <summary>
/// An e-invoice as the IRP returns it from generate and get-by-IRN (after decryption), and as GSPs pass it on:
/// acknowledgement, IRN, the signed invoice and QR code, status and e-way bill. Names are NIC's, read
/// case-insensitively because GSPs vary the casing.
/// </summary>
public sealed record IrpInvoiceResponse
{
    /// <summary>Acknowledgement number, 15 digits; NIC sends it as a JSON number, some GSPs as a string.</summary>
    [JsonConverter(typeof(NumberOrStringConverter))]
    [JsonPropertyName("AckNo")]
    public string? AckNo { get; init; }

    /// <summary>Acknowledgement time, <c>yyyy-MM-dd HH:mm:ss</c> IST.</summary>
    [JsonPropertyName("AckDt")]
    public string? AckDt { get; init; }

    [JsonPropertyName("Irn")]
    public string? Irn { get; init; }

    /// <summary>Compact JWS whose <c>data</c> is the whole invoice plus AckNo, AckDt and Irn.</summary>
    [JsonPropertyName("SignedInvoice")]
    public string? SignedInvoice { get; init; }

    /// <summary>Compact JWS printed as the QR code.</summary>
    [JsonPropertyName("SignedQRCode")]
    public string? SignedQrCode { get; init; }

    /// <summary><c>ACT</c> or <c>CNL</c>.</summary>
    [JsonPropertyName("Status")]
    public string? Status { get; init; }

    [JsonConverter(typeof(NumberOrStringConverter))]
    [JsonPropertyName("EwbNo")]
    public string? EwbNo { get; init; }

    [JsonPropertyName("EwbDt")]
    public string? EwbDt { get; init; }

    [JsonPropertyName("EwbValidTill")]
    public string? EwbValidTill { get; init; }

    [JsonPropertyName("Remarks")]
    public string? Remarks { get; init; }

    /// <summary>From the IRP's cancel answer (<c>{"Irn", "CancelDate"}</c>), <c>yyyy-MM-dd HH:mm:ss</c> IST.</summary>
    [JsonPropertyName("CancelDate")]
    public string? CancelDate { get; init; }
}

/// <summary>JSON settings of the IRP's wire format: NIC's PascalCase names, read case-insensitively.</summary>
public static class IrpJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNameCaseInsensitive = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Reads a JSON number or string as its text, so 15-digit numbers keep every digit.</summary>
public sealed class NumberOrStringConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.Null => null,
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
        _ => throw new JsonException($"Expected a number or a string, not {reader.TokenType}."),
    };

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNullValue();
        }
        else if (long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteStringValue(value);
        }
    }
}
