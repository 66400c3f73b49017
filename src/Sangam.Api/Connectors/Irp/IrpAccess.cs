using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;
using Sangam.Api.Platform.Hosting;
using Sangam.Api.Platform.Sandbox;

namespace Sangam.Api.Connectors.Irp;

/// <summary>
/// Where the IRP is and who we are to it: base address, client credentials, per-GSTIN users and the IRP's public
/// key. In sandbox mode without a configured address, the IRP is this server's own emulator.
/// </summary>
public sealed class IrpAccess : IDisposable
{
    private readonly IrpOptions _options;
    private readonly IOptions<PlatformOptions> _platform;
    private readonly SelfAddress _self;
    private readonly Lazy<RSA?> _publicKey;

    public IrpAccess(IOptions<IrpOptions> options, IOptions<PlatformOptions> platform, SelfAddress self)
    {
        _options = options.Value;
        _platform = platform;
        _self = self;
        _publicKey = new Lazy<RSA?>(LoadPublicKey);
    }

    public IrpOptions Options => _options;

    /// <summary>True when the IRP can be called at all (address, client credentials and key are known).</summary>
    public bool IsConfigured =>
        (_options.BaseUrl is not null || _platform.Value.IsSandbox)
        && !string.IsNullOrEmpty(_options.ClientId)
        && !string.IsNullOrEmpty(_options.ClientSecret)
        && (_options.PublicKeyPemSource is not null || _options.PublicKeyPath is not null);

    public Uri BaseAddress => _options.BaseUrl is { } configured
        ? new Uri(configured.ToString().TrimEnd('/') + "/")
        : _platform.Value.IsSandbox
            ? _self.For("sandbox/irp/")
            : throw new InvalidOperationException("Irp:BaseUrl is not configured.");

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
