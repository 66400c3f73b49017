using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Sangam.India.EInvoicing;

namespace Sangam.Sandbox.Irp;

/// <summary>
/// The sandbox IRP's own RSA-2048 key: it signs the e-invoices and QR codes the emulator issues and decrypts the
/// credentials clients encrypt with its public key, as NIC's key does. Generated at first use into the data
/// directory (mode 0600) and kept there, so signatures stay valid across restarts; never part of the repository.
/// </summary>
public sealed class IrpEmulatorKey : IDisposable
{
    private readonly Lazy<RSA> _key;

    public IrpEmulatorKey(IOptions<IrpEmulatorOptions> options, IConfiguration configuration)
    {
        var path = options.Value.KeyFile
            ?? Path.Combine(Path.GetFullPath(configuration["Sangam:DataDirectory"] ?? "data"), "sandbox-irp-key.pem");
        _key = new Lazy<RSA>(() => LoadOrCreate(path));
    }

    /// <summary>The key id in the headers of everything it signs: shaped like NIC's certificate thumbprints.</summary>
    public string Kid => NicJws.ComputeKeyId(_key.Value);

    public string PublicKeyPem => _key.Value.ExportSubjectPublicKeyInfoPem();

    /// <summary>The key itself, for adding its public part to a <see cref="NicKeyStore"/>.</summary>
    public RSA Key => _key.Value;

    public string Sign(string dataJson) => NicJws.Sign(dataJson, _key.Value, Kid, NicJws.SandboxIssuer);

    /// <exception cref="CryptographicException">Not encrypted with this key's public part.</exception>
    /// <exception cref="FormatException">Not base64.</exception>
    public byte[] Decrypt(string base64Ciphertext) =>
        _key.Value.Decrypt(Convert.FromBase64String(base64Ciphertext), RSAEncryptionPadding.Pkcs1);

    public void Dispose()
    {
        if (_key.IsValueCreated)
        {
            _key.Value.Dispose();
        }
    }

    private static RSA LoadOrCreate(string path)
    {
        var pem = GeneratedFile.ReadOrCreate(path, () =>
        {
            using var generated = RSA.Create(2048);
            return generated.ExportPkcs8PrivateKeyPem();
        });
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);
        return rsa;
    }
}
