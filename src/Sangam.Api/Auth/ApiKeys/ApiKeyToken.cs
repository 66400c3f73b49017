using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Sangam.Api.Auth.ApiKeys;

/// <summary>
/// The text of an API key: <c>sangam_</c>, a public id of 12 lowercase letters and digits, <c>_</c>, and 43 random
/// letters and digits (256 bits). The public id finds the key; the SHA-256 of the whole key verifies it. A hash
/// without salt or stretching is right here: the key is random, not a password anyone could guess.
/// </summary>
public static class ApiKeyToken
{
    public const string Prefix = "sangam_";

    public const int PublicIdLength = 12;

    public const int SecretLength = 43;

    /// <summary>Who created the keys made with the operator commands.</summary>
    public const string OperatorCreator = "sangam-admin";

    /// <summary>What a well-formed key looks like, for error messages (never a real key).</summary>
    public const string Shape = "sangam_<12 letters or digits>_<43 letters or digits>";

    private const string PublicIdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    private const string SecretAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private static readonly SearchValues<char> PublicIdCharacters = SearchValues.Create(PublicIdAlphabet);

    private static readonly SearchValues<char> SecretCharacters = SearchValues.Create(SecretAlphabet);

    private static readonly int Length = Prefix.Length + PublicIdLength + 1 + SecretLength;

    /// <summary>A new key: its text (shown once) and its public id.</summary>
    public static (string Key, string PublicId) Generate()
    {
        var publicId = RandomNumberGenerator.GetString(PublicIdAlphabet, PublicIdLength);
        return ($"{Prefix}{publicId}_{RandomNumberGenerator.GetString(SecretAlphabet, SecretLength)}", publicId);
    }

    /// <summary>The non-secret beginning of a key, by which people tell keys apart (<c>sangam_k3x9…</c>).</summary>
    public static string DisplayPrefix(string publicId) => Prefix + publicId;

    /// <summary>The public id of a well-formed key; false for anything else.</summary>
    public static bool TryReadPublicId(string key, out string publicId)
    {
        publicId = "";
        if (key.Length != Length || !key.StartsWith(Prefix, StringComparison.Ordinal) || key[Prefix.Length + PublicIdLength] != '_')
        {
            return false;
        }

        var id = key.AsSpan(Prefix.Length, PublicIdLength);
        var secret = key.AsSpan(Prefix.Length + PublicIdLength + 1);
        if (id.ContainsAnyExcept(PublicIdCharacters) || secret.ContainsAnyExcept(SecretCharacters))
        {
            return false;
        }

        publicId = id.ToString();
        return true;
    }

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.ASCII.GetBytes(key));

    /// <summary>Whether <paramref name="key"/> is the key of <paramref name="hash"/>, in time that does not depend on where they differ.</summary>
    public static bool Matches(string key, byte[] hash) => CryptographicOperations.FixedTimeEquals(Hash(key), hash);
}
