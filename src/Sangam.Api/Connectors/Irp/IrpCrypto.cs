using System.Security.Cryptography;

namespace Sangam.Api.Connectors.Irp;

/// <summary>
/// The IRP's encryption scheme: credentials RSA-encrypted (PKCS#1 v1.5) with the IRP's public key; the session key
/// (SEK) AES-256-encrypted with the client's app key; payloads AES-256-encrypted with the SEK. NIC specifies ECB
/// mode with PKCS#7 padding, so that is what the wire needs, whatever one thinks of ECB.
/// </summary>
internal static class IrpCrypto
{
    public const int KeySizeInBytes = 32;

    public static string RsaEncrypt(RSA publicKey, ReadOnlySpan<byte> plaintext) =>
        Convert.ToBase64String(publicKey.Encrypt(plaintext.ToArray(), RSAEncryptionPadding.Pkcs1));

    public static string AesEncrypt(byte[] key, ReadOnlySpan<byte> plaintext)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptEcb(plaintext, PaddingMode.PKCS7));
    }

    /// <exception cref="CryptographicException">Wrong key, or not a ciphertext of this scheme.</exception>
    /// <exception cref="FormatException">Not base64.</exception>
    public static byte[] AesDecrypt(byte[] key, string base64Ciphertext)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptEcb(Convert.FromBase64String(base64Ciphertext), PaddingMode.PKCS7);
    }
}
