using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Connectors.Irp;

/// <summary>
/// Configuration section <c>Irp</c>: access to an e-invoice registration portal (NIC IRP) for fetching e-invoices
/// by IRN. Unconfigured in production unless <see cref="BaseUrl"/> is set; in sandbox mode it points at the IRP
/// emulator of this server.
/// </summary>
public sealed class IrpOptions
{
    public const string Section = "Irp";

    /// <summary>e.g. <c>https://einv-apisandbox.nic.in/</c>. Empty: the sandbox emulator in sandbox mode, no IRP in production.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The ASP/GSP <c>client_id</c> issued by NIC.</summary>
    public string? ClientId { get; set; }

    /// <summary>The <c>client_secret</c> that goes with <see cref="ClientId"/>.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>PEM file of the IRP's public key, which encrypts the password and app key of the auth call.</summary>
    public string? PublicKeyPath { get; set; }

    /// <summary>
    /// The key as PEM text from code (the sandbox emulator's), read only when first needed; wins over
    /// <see cref="PublicKeyPath"/>. Not bindable from configuration.
    /// </summary>
    internal Func<string>? PublicKeyPemSource { get; set; }

    /// <summary>IRP API users, one per GSTIN (NIC issues API credentials per GSTIN). Gstin <c>*</c> matches any GSTIN.</summary>
    public List<IrpUserOptions> Users { get; set; } = [];

    /// <summary>One HTTP attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A whole call including retries.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of idempotent calls (get by IRN) after a transient failure.</summary>
    [Range(0, 5)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>Calls in flight to the IRP at once from this node; more wait in a short queue, then fail fast.</summary>
    [Range(1, 256)]
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>How long before NIC's stated token expiry a session is renewed.</summary>
    public TimeSpan SessionRenewalMargin { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>An IRP API user: NIC's API credentials of one GSTIN.</summary>
public sealed class IrpUserOptions
{
    public const string AnyGstin = "*";

    public string Gstin { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";
}
