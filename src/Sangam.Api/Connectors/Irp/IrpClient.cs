using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Sangam.Api.Platform.Errors;
using Sangam.India;

namespace Sangam.Api.Connectors.Irp;

/// <summary>
/// NIC's e-invoice API (v1.03) for one node: authenticates per GSTIN with the RSA-encrypted password and app key,
/// keeps the session, and speaks AES(SEK)-encrypted payloads. Upstream failures become <see cref="UpstreamException"/>.
/// </summary>
public sealed partial class IrpClient
{
    public const string Upstream = "NIC IRP";

    private const string TimestampFormat = "yyyy-MM-dd HH:mm:ss";

    private readonly HttpClient _http;
    private readonly IrpAccess _access;
    private readonly IrpSessionCache _sessions;
    private readonly ILogger<IrpClient> _logger;

    public IrpClient(HttpClient http, IrpAccess access, IrpSessionCache sessions, ILogger<IrpClient> logger)
    {
        _http = http;
        _access = access;
        _sessions = sessions;
        _logger = logger;
    }

    /// <summary>Whether the IRP is configured and there are API credentials for <paramref name="gstin"/>.</summary>
    public bool CanServe(string gstin) => _access.IsConfigured && _access.TryGetUser(gstin, out _);

    /// <summary>
    /// <c>GET /eicore/v1.03/Invoice/irn/{irn}</c> as <paramref name="gstin"/>. Null when the IRP has no such IRN for
    /// this GSTIN (NIC 2148, or 2143 for another taxpayer's IRN).
    /// </summary>
    public async Task<IrpInvoiceResponse?> GetByIrnAsync(string gstin, string irn, CancellationToken cancellationToken)
    {
        var (envelope, session) = await SendAsync(gstin, _ => new HttpRequestMessage(HttpMethod.Get, $"eicore/v1.03/Invoice/irn/{Uri.EscapeDataString(irn)}"), cancellationToken);
        if (!envelope.Succeeded)
        {
            return envelope.HasError(IrpErrorCodes.IrnNotAvailable) || envelope.HasError(IrpErrorCodes.NotUsersInvoice)
                ? null
                : throw Failed($"get IRN answered {envelope.DescribeErrors()}");
        }

        return Decrypt<IrpInvoiceResponse>(envelope, session);
    }

    /// <summary>
    /// <c>POST /eicore/v1.03/Invoice</c>: registers an invoice (NIC INV-01 JSON) as <paramref name="gstin"/>, the
    /// seller, and returns the IRN, acknowledgement and signed documents. A refusal (e.g. 2150 duplicate IRN) is an
    /// <see cref="UpstreamException"/> carrying NIC's codes.
    /// </summary>
    public async Task<IrpInvoiceResponse> GenerateAsync(string gstin, string invoiceJson, CancellationToken cancellationToken)
    {
        var (envelope, session) = await SendAsync(gstin, session => new HttpRequestMessage(HttpMethod.Post, "eicore/v1.03/Invoice")
        {
            Content = JsonContent.Create(new IrpEncryptedRequest(IrpCrypto.AesEncrypt(session.Sek, Encoding.UTF8.GetBytes(invoiceJson))), options: IrpJson.Options),
        }, cancellationToken);
        return envelope.Succeeded
            ? Decrypt<IrpInvoiceResponse>(envelope, session)
            : throw Failed($"generate IRN answered {envelope.DescribeErrors()}");
    }

    private async Task<(IrpEnvelope Envelope, IrpSession Session)> SendAsync(
        string gstin, Func<IrpSession, HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        if (!_access.IsConfigured || !_access.TryGetUser(gstin, out var user))
        {
            throw new InvalidOperationException($"No IRP access is configured for GSTIN {gstin}; check CanServe first.");
        }

        for (var attempt = 0; ; attempt++)
        {
            var session = await _sessions.GetOrOpenAsync(gstin, ct => LoginAsync(gstin, user, ct), cancellationToken);
            using var request = build(session);
            AddClientHeaders(request, gstin);
            request.Headers.Add("user_name", session.UserName);
            request.Headers.Add("AuthToken", session.AuthToken);
            var envelope = await ExchangeAsync(request, cancellationToken);
            if (!envelope.Succeeded && envelope.HasError(IrpErrorCodes.InvalidToken) && attempt == 0)
            {
                // Expired early or replaced by a login elsewhere: log in again once.
                _sessions.Invalidate(gstin, session);
                continue;
            }

            return (envelope, session);
        }
    }

    private async Task<IrpSession> LoginAsync(string gstin, IrpUserOptions user, CancellationToken cancellationToken)
    {
        var appKey = RandomNumberGenerator.GetBytes(IrpCrypto.KeySizeInBytes);
        var payload = new IrpAuthPayload(
            user.UserName,
            IrpCrypto.RsaEncrypt(_access.PublicKey, Encoding.UTF8.GetBytes(user.Password)),
            IrpCrypto.RsaEncrypt(_access.PublicKey, appKey),
            ForceRefreshAccessToken: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "eivital/v1.03/auth")
        {
            Content = JsonContent.Create(new IrpAuthRequest(payload), options: IrpJson.Options),
        };
        AddClientHeaders(request, gstin);
        var envelope = await ExchangeAsync(request, cancellationToken);
        if (!envelope.Succeeded)
        {
            throw Failed($"authentication for GSTIN {gstin} was refused: {envelope.DescribeErrors()}");
        }

        var data = envelope.Data.Deserialize<IrpAuthData>(IrpJson.Options);
        if (data is not { AuthToken.Length: > 0, Sek.Length: > 0 }
            || !DateTime.TryParseExact(data.TokenExpiry, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry))
        {
            throw Failed("the authentication answer lacks AuthToken, Sek or TokenExpiry");
        }

        byte[] sek;
        try
        {
            sek = IrpCrypto.AesDecrypt(appKey, data.Sek);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            throw Failed("the session key (Sek) does not decrypt with our app key", e);
        }

        LogSessionOpened(_logger, gstin);
        return new IrpSession(data.UserName ?? user.UserName, data.AuthToken, sek, Ist.FromWallClock(expiry));
    }

    private void AddClientHeaders(HttpRequestMessage request, string gstin)
    {
        request.Headers.Add("client_id", _access.Options.ClientId);
        request.Headers.Add("client_secret", _access.Options.ClientSecret);
        request.Headers.Add("Gstin", gstin);
    }

    private async Task<IrpEnvelope> ExchangeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw Failed($"HTTP {(int)response.StatusCode}");
            }

            return await response.Content.ReadFromJsonAsync<IrpEnvelope>(IrpJson.Options, cancellationToken)
                ?? throw Failed("an empty answer");
        }
        catch (JsonException e)
        {
            throw Failed("an answer that is not the IRP's JSON envelope", e);
        }
        catch (HttpRequestException e)
        {
            throw Failed(e.Message, e);
        }
        catch (BrokenCircuitException e)
        {
            throw Failed("too many recent failures; calls are paused for a moment", e);
        }
        catch (RateLimiterRejectedException e)
        {
            throw Failed("too many calls in flight from this server", e);
        }
        catch (TimeoutRejectedException e)
        {
            throw new UpstreamException(Upstream, timedOut: true, "no answer in time", e);
        }
    }

    private static T Decrypt<T>(IrpEnvelope envelope, IrpSession session)
    {
        try
        {
            var json = IrpCrypto.AesDecrypt(session.Sek, envelope.Data.GetString() ?? throw Failed("Data is empty"));
            return JsonSerializer.Deserialize<T>(json, IrpJson.Options) ?? throw Failed("Data decrypts to null");
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidOperationException)
        {
            throw Failed("Data does not decrypt to JSON with the session key", e);
        }
    }

    private static UpstreamException Failed(string detail, Exception? inner = null) => new(Upstream, timedOut: false, detail, inner);

    [LoggerMessage(Level = LogLevel.Information, Message = "IRP session opened for GSTIN {Gstin}")]
    private static partial void LogSessionOpened(ILogger logger, string gstin);
}
