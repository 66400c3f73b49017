using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Api.Connectors.Irp;

/// <summary>
/// The IRP's answer envelope: <c>{"Status": 1, "Data": ..., "ErrorDetails": [...], "InfoDtls": [...]}</c>. HTTP 200
/// either way; <c>Status</c> 1 is success (sent as a number or a string), 0 failure with NIC error codes.
/// </summary>
internal sealed record IrpEnvelope(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? Status,
    JsonElement Data,
    IReadOnlyList<IrpErrorDetail>? ErrorDetails,
    JsonElement InfoDtls)
{
    public bool Succeeded => Status == "1";

    public bool HasError(string code) => ErrorDetails?.Any(e => e.ErrorCode == code) == true;

    /// <summary>NIC's codes and texts as it wrote them (typos included: NIC's texts change, its codes do not).</summary>
    public string DescribeErrors() => ErrorDetails is { Count: > 0 } errors
        ? string.Join("; ", errors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"))
        : "Status 0 without error details";

    /// <summary>The IRN and acknowledgement a 2150 "Duplicate IRN" answer carries in <c>InfoDtls</c> (<c>InfCd</c> DUPIRN).</summary>
    public string? DuplicateOf() =>
        InfoDtls.ValueKind == JsonValueKind.Array
        && InfoDtls.EnumerateArray().FirstOrDefault(i => i.TryGetProperty("InfCd", out var code) && code.ValueKind == JsonValueKind.String && code.GetString() == "DUPIRN")
            is { ValueKind: JsonValueKind.Object } info && info.TryGetProperty("Desc", out var desc) && desc.ValueKind == JsonValueKind.Object
            ? $"IRN {Text(desc, "Irn")}, AckNo {Text(desc, "AckNo")} of {Text(desc, "AckDt")}"
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;
}

internal sealed record IrpErrorDetail(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? ErrorCode,
    string? ErrorMessage);

/// <summary>
/// The credentials of <c>POST /eivital/v1.04/auth</c>. The body is <c>{"Data": base64(RSA(base64(json)))}</c>: this
/// whole object, base64-encoded, encrypted with the IRP's public key; <c>AppKey</c> is the base64 of the client's
/// 32-byte AES key, which encrypts the session key NIC answers.
/// </summary>
internal sealed record IrpAuthPayload(string UserName, string Password, string AppKey, bool ForceRefreshAccessToken);

/// <summary>The auth answer's <c>Data</c>: the token and the session key (SEK), AES-encrypted with the app key.</summary>
internal sealed record IrpAuthData(string? ClientId, string? UserName, string? AuthToken, string? Sek, string? TokenExpiry);

/// <summary>Body of the encrypted calls: <c>{"Data": base64(AES(SEK, json))}</c>.</summary>
internal sealed record IrpEncryptedRequest(string Data);

/// <summary>NIC error codes the connector acts on.</summary>
internal static class IrpErrorCodes
{
    public const string InvalidToken = "1005";
    public const string IrnNotAvailable = "2148";
    public const string NotUsersInvoice = "2143";

    /// <summary>Get by IRN serves an IRN only for about two days after it was generated.</summary>
    public const string OlderThanTwoDays = "2283";
}
