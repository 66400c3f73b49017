using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Sangam.India.EInvoicing;

/// <summary>
/// The three parts of a compact JWS, decoded strictly: base64url without padding or
/// whitespace, JSON objects for header and payload. Garbage is reported, never thrown.
/// </summary>
internal readonly record struct CompactJws(string SigningInput, JsonElement Header, JsonElement Payload, byte[] Signature)
{
    /// <summary>Far above the largest signed invoice (NIC allows 1,000 items), far below a memory problem.</summary>
    public const int MaxLength = 4 * 1024 * 1024;

    private static readonly SearchValues<char> Base64UrlAlphabet =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    public static bool TryRead(string? text, out CompactJws jws, [NotNullWhen(false)] out string? problem)
    {
        jws = default;
        var token = text.AsSpan().Trim();
        if (token.IsEmpty)
        {
            problem = "no token given";
            return false;
        }

        if (token.Length > MaxLength)
        {
            problem = $"longer than {MaxLength} characters";
            return false;
        }

        var firstDot = token.IndexOf('.');
        var lastDot = token.LastIndexOf('.');
        if (firstDot < 0 || firstDot == lastDot || token[(firstDot + 1)..lastDot].Contains('.'))
        {
            problem = "a compact JWS has exactly three dot-separated parts";
            return false;
        }

        if (!TryDecodeJsonObject(token[..firstDot], "header", out var header, out problem)
            || !TryDecodeJsonObject(token[(firstDot + 1)..lastDot], "payload", out var payload, out problem)
            || !TryDecode(token[(lastDot + 1)..], "signature", out var signature, out problem))
        {
            return false;
        }

        jws = new CompactJws(token[..lastDot].ToString(), header, payload, signature);
        return true;
    }

    private static bool TryDecodeJsonObject(ReadOnlySpan<char> part, string name, out JsonElement json, [NotNullWhen(false)] out string? problem)
    {
        json = default;
        if (!TryDecode(part, name, out var bytes, out problem))
        {
            return false;
        }

        try
        {
            json = JsonElement.Parse(bytes);
        }
        catch (JsonException)
        {
            problem = $"the {name} is not JSON";
            return false;
        }

        if (json.ValueKind != JsonValueKind.Object)
        {
            problem = $"the {name} is not a JSON object";
            return false;
        }

        if (!JsonStrings.AreValid(bytes))
        {
            problem = $"the {name} has text that is not valid Unicode";
            return false;
        }

        return true;
    }

    private static bool TryDecode(ReadOnlySpan<char> part, string name, out byte[] bytes, [NotNullWhen(false)] out string? problem)
    {
        bytes = [];
        if (part.IndexOfAnyExcept(Base64UrlAlphabet) >= 0 || part.Length % 4 == 1)
        {
            problem = $"the {name} is not base64url";
            return false;
        }

        bytes = new byte[Base64Url.GetMaxDecodedLength(part.Length)];
        int written;
        try
        {
            // "Try" covers only the destination's size: malformed input (e.g. non-zero trailing bits) still throws.
            if (!Base64Url.TryDecodeFromChars(part, bytes, out written))
            {
                problem = $"the {name} is not base64url";
                return false;
            }
        }
        catch (FormatException)
        {
            problem = $"the {name} is not base64url";
            return false;
        }

        bytes = written == bytes.Length ? bytes : bytes[..written];
        problem = null;
        return true;
    }
}
