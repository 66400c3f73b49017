using System.Security.Cryptography;
using System.Text;

namespace Sangam.Api.Tests.Auth;

/// <summary>Reads and forges compact JWTs, for tests that tamper with tokens.</summary>
internal static class Jwt
{
    public static JsonObject Header(string token) => Decode(token.Split('.')[0]);

    public static JsonObject Payload(string token) => Decode(token.Split('.')[1]);

    /// <summary>A token with the given header and payload, signed HS256 with <paramref name="base64Secret"/>.</summary>
    public static string Sign(JsonObject header, JsonObject payload, string base64Secret)
    {
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = HMACSHA256.HashData(Convert.FromBase64String(base64Secret), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    public static string Unsigned(JsonObject payload) => Encode(new JsonObject { ["alg"] = "none", ["typ"] = "JWT" }) + "." + Encode(payload) + ".";

    public static string Encode(JsonNode node) => Base64Url(Encoding.UTF8.GetBytes(node.ToJsonString()));

    private static JsonObject Decode(string part)
    {
        var padded = part.Replace('-', '+').Replace('_', '/');
        padded += new string('=', (4 - (padded.Length % 4)) % 4);
        return JsonNode.Parse(Convert.FromBase64String(padded))!.AsObject();
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
