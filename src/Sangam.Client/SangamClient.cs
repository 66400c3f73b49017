using Sangam.Client.Auth;
using Sangam.Client.Http;
using Sangam.Client.Ocr;
using Sangam.Client.Usage;

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
        Ocr = new OcrClient(_connection);
    }

    /// <summary>Login, refresh, the caller's account and password.</summary>
    public AuthClient Auth { get; }

    /// <summary>The account's metered usage.</summary>
    public UsageClient Usage { get; }

    /// <summary>Invoice OCR: tax invoices, e-invoice QR codes, delivery orders and bills of entry, synchronous or as jobs.</summary>
    public OcrClient Ocr { get; }

    /// <summary>The underlying connection, for calls this SDK has no typed method for yet.</summary>
    public SangamConnection Connection => _connection;

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
