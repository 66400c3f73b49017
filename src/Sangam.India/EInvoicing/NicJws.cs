using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sangam.India.EInvoicing;

/// <summary>
/// Verifies and produces NIC's signed e-invoices and signed QR codes: compact JWS, RS256,
/// header <c>{alg, kid, typ, x5t}</c>, payload <c>{"data": "&lt;JSON string&gt;", "iss": ...}</c>.
/// </summary>
public static class NicJws
{
    /// <summary>The only algorithm NIC signs with, and so the only one accepted.</summary>
    public const string Algorithm = "RS256";

    /// <summary>The issuer of production codes.</summary>
    public const string ProductionIssuer = "NIC";

    /// <summary>The issuer of sandbox codes.</summary>
    public const string SandboxIssuer = "NIC Sandbox";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Writes quotes in the data claim as \" like NIC does, not as \u0022; nothing here ends up in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Verifies a signed invoice or signed QR code. A token whose kid is in the store must verify
    /// with that key; otherwise each key without kid is tried, since NIC rotates keys before
    /// their kids are known. Never throws on bad input.
    /// </summary>
    public static NicJwsVerification Verify(string? compactJws, NicKeyStore keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!CompactJws.TryRead(compactJws, out var jws, out var problem))
        {
            return new NicJwsVerification { Verdict = NicJwsVerdict.NotJws, Reason = problem };
        }

        var algorithm = StringProperty(jws.Header, "alg");
        var kid = StringProperty(jws.Header, "kid");
        var (dataJson, data) = ReadData(jws.Payload);
        NicJwsVerification Result(NicJwsVerdict verdict, string? reason, string? keyName = null) => new()
        {
            Verdict = verdict,
            Reason = reason,
            Algorithm = algorithm,
            Kid = kid,
            KeyName = keyName,
            Issuer = StringProperty(jws.Payload, "iss"),
            Header = jws.Header,
            Payload = jws.Payload,
            DataJson = dataJson,
            Data = data,
        };

        if (algorithm != Algorithm)
        {
            return Result(NicJwsVerdict.BadSignature, $"algorithm '{algorithm ?? "(none given)"}' is not accepted; NIC signs with {Algorithm}");
        }

        if (jws.Signature.Length == 0)
        {
            return Result(NicJwsVerdict.BadSignature, "the signature is empty");
        }

        var signingInput = Encoding.ASCII.GetBytes(jws.SigningInput);
        if (keys.TryGetByKid(kid, out var named))
        {
            return named.VerifyRs256(signingInput, jws.Signature)
                ? Result(NicJwsVerdict.Verified, null, named.Name)
                : Result(NicJwsVerdict.BadSignature, $"the signature does not match key {named.Name} named by kid {kid}");
        }

        var candidates = keys.WithoutKid;
        foreach (var candidate in candidates)
        {
            if (candidate.VerifyRs256(signingInput, jws.Signature))
            {
                return Result(NicJwsVerdict.Verified, null, candidate.Name);
            }
        }

        var missing = kid is null ? "the header has no kid" : $"no key has kid {kid}";
        return Result(NicJwsVerdict.UnknownKey, $"{missing} and none of the {candidates.Count} keys without kid verifies the signature");
    }

    /// <summary>
    /// Signs <paramref name="dataJson"/> the way the IRP does, for the sandbox IRP and tests.
    /// </summary>
    /// <param name="dataJson">The JSON document that becomes the <c>data</c> claim (a string, as NIC sends it).</param>
    /// <param name="signingKey">An RSA private key.</param>
    /// <param name="kid">
    /// The key id for the header. When it is 40 hexadecimal digits (a certificate thumbprint, as
    /// NIC's are), <c>x5t</c> is the same thumbprint in base64url, as in NIC's tokens.
    /// </param>
    /// <param name="issuer">The <c>iss</c> claim, <see cref="ProductionIssuer"/> or <see cref="SandboxIssuer"/>.</param>
    public static string Sign(string dataJson, RSA signingKey, string kid, string issuer = SandboxIssuer)
    {
        ArgumentNullException.ThrowIfNull(dataJson);
        ArgumentNullException.ThrowIfNull(signingKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(kid);
        ArgumentException.ThrowIfNullOrWhiteSpace(issuer);

        var header = WriteJson(writer =>
        {
            writer.WriteString("alg", Algorithm);
            writer.WriteString("kid", kid);
            writer.WriteString("typ", "JWT");
            if (TryThumbprintOf(kid, out var thumbprint))
            {
                writer.WriteString("x5t", Base64Url.EncodeToString(thumbprint));
            }
        });
        var payload = WriteJson(writer =>
        {
            writer.WriteString("data", dataJson);
            writer.WriteString("iss", issuer);
        });

        var signingInput = string.Concat(Base64Url.EncodeToString(header), ".", Base64Url.EncodeToString(payload));
        var signature = signingKey.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return string.Concat(signingInput, ".", Base64Url.EncodeToString(signature));
    }

    /// <summary>
    /// A kid for a key that has no certificate (the sandbox IRP's): the upper-case hex SHA-1 of
    /// its SubjectPublicKeyInfo, shaped like NIC's certificate thumbprints.
    /// </summary>
    public static string ComputeKeyId(RSA key)
    {
        ArgumentNullException.ThrowIfNull(key);
#pragma warning disable CA5350 // An identifier shaped like NIC's SHA-1 thumbprints, not a security measure.
        return Convert.ToHexString(SHA1.HashData(key.ExportSubjectPublicKeyInfo()));
#pragma warning restore CA5350
    }

    private static (string? Json, JsonElement? Parsed) ReadData(JsonElement payload)
    {
        if (!payload.TryGetProperty("data", out var data))
        {
            return (null, null);
        }

        if (data.ValueKind != JsonValueKind.String)
        {
            return (data.GetRawText(), data);
        }

        var json = data.GetString();
        try
        {
            // The data claim is JSON inside a JSON string: its own strings are checked as the payload's were.
            return (json, json is null || !JsonStrings.AreValid(Encoding.UTF8.GetBytes(json)) ? null : JsonElement.Parse(json));
        }
        catch (JsonException)
        {
            return (json, null);
        }
    }

    private static string? StringProperty(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool TryThumbprintOf(string kid, out byte[] thumbprint)
    {
        thumbprint = new byte[SHA1.HashSizeInBytes];
        return kid.Length == 2 * SHA1.HashSizeInBytes
            && Convert.FromHexString(kid, thumbprint, out _, out _) == OperationStatus.Done;
    }

    private static byte[] WriteJson(Action<Utf8JsonWriter> writeProperties)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writeProperties(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
