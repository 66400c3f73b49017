using Sangam.Client.Auth;
using Sangam.Client.EInvoices;
using Sangam.Client.Http;
using Sangam.Client.Mca;
using Sangam.Client.Ocr;
using Sangam.Client.SimTracking;
using Sangam.Client.Usage;
using Sangam.Client.Vehicles;

namespace Sangam.Client;

/// <summary>
/// Typed client for the Sangam API (and the hosted platform it is wire-compatible with). One sub-client per API
/// family; tokens are obtained, refreshed before expiry and renewed after a 401 for the caller.
/// </summary>
/// <example>
/// <code>
/// using var sangam = new SangamClient(new SangamClientOptions { BaseAddress = new("http://localhost:8080/"), Username = "demo", Password = "sangam-demo" });
/// var me = await sangam.Auth.WhoAmIAsync();
/// </code>
/// </example>
public sealed class SangamClient : IDisposable
{
    private readonly SangamConnection _connection;

    /// <summary>Creates a client with its own HTTP connection pool.</summary>
    public SangamClient(SangamClientOptions options)
        : this(null, options, TimeProvider.System)
    {
    }

    /// <summary>Creates a client over an existing <see cref="HttpClient"/> (e.g. from <c>IHttpClientFactory</c>); its BaseAddress wins when set.</summary>
    public SangamClient(HttpClient httpClient, SangamClientOptions options)
        : this(httpClient, options, TimeProvider.System)
    {
    }

    /// <summary>Creates a client with a custom clock (for tests of token expiry).</summary>
    public SangamClient(HttpClient? httpClient, SangamClientOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _connection = new SangamConnection(httpClient, options, time);
        Auth = new AuthClient(_connection);
        Usage = new UsageClient(_connection);
        Vehicles = new VehiclesClient(_connection);
        Mca = new McaClient(_connection);
        EInvoices = new EInvoicesClient(_connection);
        SimTracking = new SimTrackingClient(_connection);
        Ocr = new OcrClient(_connection);
    }

    /// <summary>Login, refresh, the caller's account and password.</summary>
    public AuthClient Auth { get; }

    /// <summary>The account's metered usage.</summary>
    public UsageClient Usage { get; }

    /// <summary>Vehicle and driver checks: VAHAN, SARATHI, FASTag, e-Challan and dispatch readiness.</summary>
    public VehiclesClient Vehicles { get; }

    /// <summary>Vendor verification: MCA company status, name search, master data import.</summary>
    public McaClient Mca { get; }

    /// <summary>IRN list and detail of the account's GSTINs, and the import of IRP responses.</summary>
    public EInvoicesClient EInvoices { get; }

    /// <summary>Consent-based SIM tracking of drivers.</summary>
    public SimTrackingClient SimTracking { get; }

    /// <summary>The former name of <see cref="SimTracking"/>.</summary>
    [Obsolete("Use SimTracking.")]
    public SimTrackingClient Tracking => SimTracking;

    /// <summary>Invoice OCR: tax invoices, e-invoice QR codes, delivery orders and bills of entry, synchronous or as jobs.</summary>
    public OcrClient Ocr { get; }

    /// <summary>The underlying connection, for calls this SDK has no typed method for yet.</summary>
    public SangamConnection Connection => _connection;

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
