using System.Text.Json;

namespace Sangam.India.EInvoicing;

/// <summary>The result of <see cref="NicJws.Verify"/>: the verdict, why, and what the token says.</summary>
/// <remarks>
/// The header, payload and data are decoded whenever the token is well-formed, so a caller can
/// show what an unverified code claims; they are trustworthy only when <see cref="IsVerified"/>.
/// </remarks>
public sealed class NicJwsVerification
{
    /// <summary>The verdict.</summary>
    public required NicJwsVerdict Verdict { get; init; }

    /// <summary>True when the signature verified.</summary>
    public bool IsVerified => Verdict == NicJwsVerdict.Verified;

    /// <summary>Why the token did not verify; null when it did.</summary>
    public string? Reason { get; init; }

    /// <summary>The header's <c>alg</c>.</summary>
    public string? Algorithm { get; init; }

    /// <summary>The header's <c>kid</c>.</summary>
    public string? Kid { get; init; }

    /// <summary>The name of the key that verified the signature.</summary>
    public string? KeyName { get; init; }

    /// <summary>The payload's <c>iss</c>: "NIC", or "NIC Sandbox" for the sandbox IRP.</summary>
    public string? Issuer { get; init; }

    /// <summary>The decoded header.</summary>
    public JsonElement? Header { get; init; }

    /// <summary>The decoded payload.</summary>
    public JsonElement? Payload { get; init; }

    /// <summary>The <c>data</c> claim as sent: a JSON document inside a string.</summary>
    public string? DataJson { get; init; }

    /// <summary>The <c>data</c> claim parsed: the QR claims or the whole signed invoice.</summary>
    public JsonElement? Data { get; init; }

    /// <inheritdoc />
    public override string ToString() => IsVerified ? $"{Verdict} by {KeyName}" : $"{Verdict}: {Reason}";
}
