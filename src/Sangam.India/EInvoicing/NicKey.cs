using System.Security.Cryptography;

namespace Sangam.India.EInvoicing;

/// <summary>An RSA public key NIC (or a sandbox IRP) signs e-invoices and QR codes with.</summary>
public sealed class NicKey : IDisposable
{
    private readonly RSA _rsa;

    // .NET does not promise that one RSA instance may be used from several threads at once,
    // and verification is quick next to everything else a request does, so it is serialised.
    private readonly Lock _gate = new();

    internal NicKey(string? kid, string name, RSA publicKey)
    {
        Kid = kid;
        Name = name;
        _rsa = publicKey;
    }

    /// <summary>The key id that tokens signed with this key carry in their header, when known.</summary>
    public string? Kid { get; }

    /// <summary>A name for reports, e.g. <c>einv_prod_11092020</c>.</summary>
    public string Name { get; }

    /// <summary>The modulus size.</summary>
    public int KeySizeInBits => _rsa.KeySize;

    /// <inheritdoc />
    public void Dispose() => _rsa.Dispose();

    /// <inheritdoc />
    public override string ToString() => Kid is null ? Name : $"{Name} (kid {Kid})";

    internal bool VerifyRs256(ReadOnlySpan<byte> signingInput, ReadOnlySpan<byte> signature)
    {
        lock (_gate)
        {
            return _rsa.VerifyData(signingInput, signature, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
    }
}
