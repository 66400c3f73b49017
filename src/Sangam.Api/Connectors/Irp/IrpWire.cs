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
    IReadOnlyList<IrpErrorDetail>? ErrorDetails)
{
    public bool Succeeded => Status == "1";

    public bool HasError(string code) => ErrorDetails?.Any(e => e.ErrorCode == code) == true;

    public string DescribeErrors() => ErrorDetails is { Count: > 0 } errors
        ? string.Join("; ", errors.Select(e => $"{e.ErrorCode} {e.ErrorMessage}"))
        : "Status 0 without error details";
}

internal sealed record IrpErrorDetail(
    [property: JsonConverter(typeof(NumberOrStringConverter))] string? ErrorCode,
    string? ErrorMessage);

/// <summary>Body of <c>POST /eivital/v1.03/auth</c>: password and app key RSA-encrypted with the IRP's public key.</summary>
internal sealed record IrpAuthRequest([property: JsonPropertyName("data")] IrpAuthPayload Data);

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
}
