using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Sangam.Api.Connectors.Irp;

/// <summary>
/// Where the IRP is and who we are to it: base address, client credentials, per-GSTIN users and the IRP's public
/// key. The IRP has no public address to assume (a GSP's or NIC's, by contract), so it is off until one is known.
/// </summary>
public sealed class IrpAccess : IDisposable
{
    private readonly IrpOptions _options;
    private readonly IUpstreamAddresses _addresses;
    private readonly Lazy<RSA?> _publicKey;

    /// <summary>The upstream's short name, for <see cref="IUpstreamAddresses"/>.</summary>
    public const string Upstream = "irp";

    public IrpAccess(IOptions<IrpOptions> options, IUpstreamAddresses addresses)
    {
        _options = options.Value;
        _addresses = addresses;
        _publicKey = new Lazy<RSA?>(LoadPublicKey);
    }

    public IrpOptions Options => _options;

    /// <summary>True when the IRP can be called at all (address, client credentials and key are known).</summary>
    public bool IsConfigured =>
        KnownAddress is not null
        && !string.IsNullOrEmpty(_options.ClientId)
        && !string.IsNullOrEmpty(_options.ClientSecret)
        && (_options.PublicKeyPemSource is not null || _options.PublicKeyPath is not null);

    public Uri BaseAddress => KnownAddress ?? throw new InvalidOperationException("Irp:BaseUrl is not configured.");

    private Uri? KnownAddress => _addresses.BaseAddress(Upstream, _options.BaseUrl, production: null);

    public RSA PublicKey => _publicKey.Value ?? throw new InvalidOperationException("The IRP public key is not configured (Irp:PublicKeyPath).");

    /// <summary>The IRP user for a GSTIN: its own entry, else the <c>*</c> entry.</summary>
    public bool TryGetUser(string gstin, out IrpUserOptions user)
    {
        user = _options.Users.FirstOrDefault(u => string.Equals(u.Gstin, gstin, StringComparison.OrdinalIgnoreCase))
            ?? _options.Users.FirstOrDefault(u => u.Gstin == IrpUserOptions.AnyGstin)!;
        return user is not null;
    }

    public void Dispose()
    {
        if (_publicKey.IsValueCreated)
        {
            _publicKey.Value?.Dispose();
        }
    }

    private RSA? LoadPublicKey()
    {
        var pem = _options.PublicKeyPemSource?.Invoke() ?? (_options.PublicKeyPath is { } path ? File.ReadAllText(path) : null);
        if (pem is null)
        {
            return null;
        }

        var rsa = RSA.Create();
        if (pem.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            using var certificateKey = certificate.GetRSAPublicKey() ?? throw new InvalidOperationException("The IRP certificate's key is not RSA.");
            rsa.ImportParameters(certificateKey.ExportParameters(includePrivateParameters: false));
        }
        else
        {
            rsa.ImportFromPem(pem);
        }

        return rsa;
    }
}
