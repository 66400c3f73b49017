using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Sangam.Api.Http.Errors;
using Sangam.India;

namespace Sangam.Api.Connectors.Irp;

/// <summary>What get-by-IRN found: the e-invoice, or why the IRP would not give it (NIC's code and text).</summary>
public sealed record IrpInvoiceLookup(IrpInvoiceResponse? Invoice, string? Unavailable);

/// <summary>
/// NIC's e-invoice API (v1.03) for one node: authenticates per GSTIN with the RSA-encrypted password and app key,
/// keeps the session, and speaks AES(SEK)-encrypted payloads. Failures are <see cref="UpstreamFailure"/>s quoting
/// NIC's error codes.
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
    /// <c>GET /eicore/v1.03/Invoice/irn/{irn}</c> as <paramref name="gstin"/>. Unavailable when the IRP has no such IRN
    /// (2148), it is another taxpayer's (2143), or it was generated more than about two days ago (2283).
    /// </summary>
    public async Task<UpstreamResult<IrpInvoiceLookup>> GetByIrnAsync(string gstin, string irn, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(gstin, _ => new HttpRequestMessage(HttpMethod.Get, $"eicore/v1.03/Invoice/irn/{Uri.EscapeDataString(irn)}"), cancellationToken);
        if (sent.Failure is { } failure)
        {
            return failure;
        }

        var (envelope, session) = sent.Value;
        if (envelope.Succeeded)
        {
            return Decrypt<IrpInvoiceResponse>(envelope, session).Map(response => new IrpInvoiceLookup(response, null));
        }

        return envelope.HasError(IrpErrorCodes.IrnNotAvailable) || envelope.HasError(IrpErrorCodes.NotUsersInvoice) || envelope.HasError(IrpErrorCodes.OlderThanTwoDays)
            ? new IrpInvoiceLookup(null, envelope.DescribeErrors())
            : Log(UpstreamFailure.Failed(Upstream, $"get IRN answered {envelope.DescribeErrors()}"));
    }

    /// <summary>
    /// <c>POST /eicore/v1.03/Invoice</c>: registers an invoice (NIC INV-01 JSON) as <paramref name="gstin"/>, the
    /// seller, and returns the IRN, acknowledgement and signed documents. NIC's refusal of the invoice (e.g. 2150
    /// duplicate IRN) is a rejection carrying NIC's codes: sending the same invoice again cannot help.
    /// </summary>
    public async Task<UpstreamResult<IrpInvoiceResponse>> GenerateAsync(string gstin, string invoiceJson, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(gstin, session => new HttpRequestMessage(HttpMethod.Post, "eicore/v1.03/Invoice")
        {
            Content = JsonContent.Create(new IrpEncryptedRequest(IrpCrypto.AesEncrypt(session.Sek, Encoding.UTF8.GetBytes(invoiceJson))), options: IrpJson.Options),
        }, cancellationToken);
        if (sent.Failure is { } failure)
        {
            return failure;
        }

        var (envelope, session) = sent.Value;
        if (envelope.Succeeded)
        {
            return Decrypt<IrpInvoiceResponse>(envelope, session);
        }

        var duplicate = envelope.DuplicateOf() is { } existing ? $" (the document already has {existing})" : "";
        return Log(UpstreamFailure.Rejected(Upstream, $"generate IRN answered {envelope.DescribeErrors()}{duplicate}"));
    }

    private async Task<UpstreamResult<(IrpEnvelope Envelope, IrpSession Session)>> SendAsync(
        string gstin, Func<IrpSession, HttpRequestMessage> build, CancellationToken cancellationToken)
    {
        if (!_access.IsConfigured || !_access.TryGetUser(gstin, out var user))
        {
            throw new InvalidOperationException($"No IRP access is configured for GSTIN {gstin}; check CanServe first.");
        }

        for (var attempt = 0; ; attempt++)
        {
            var opened = await _sessions.GetOrOpenAsync(gstin, ct => LoginAsync(gstin, user, ct), cancellationToken);
            if (opened.Failure is { } failure)
            {
                return failure;
            }

            var session = opened.Value;
            using var request = build(session);
            AddClientHeaders(request, gstin);
            request.Headers.Add("user_name", session.UserName);
            request.Headers.Add("AuthToken", session.AuthToken);
            var exchanged = await ExchangeAsync(request, cancellationToken);
            if (exchanged.Failure is { } exchangeFailed)
            {
                return exchangeFailed;
            }

            var envelope = exchanged.Value;
            if (!envelope.Succeeded && envelope.HasError(IrpErrorCodes.InvalidToken))
            {
                // Expired early or replaced by a login elsewhere: log in again once; refused again, it is no expiry.
                _sessions.Invalidate(gstin, session);
                if (attempt == 0)
                {
                    continue;
                }

                return Log(UpstreamFailure.Refused(Upstream, $"it refused a fresh session of GSTIN {gstin}: {envelope.DescribeErrors()}"));
            }

            return (envelope, session);
        }
    }

    private async Task<UpstreamResult<IrpSession>> LoginAsync(string gstin, IrpUserOptions user, CancellationToken cancellationToken)
    {
        var appKey = RandomNumberGenerator.GetBytes(IrpCrypto.KeySizeInBytes);
        var credentials = JsonSerializer.SerializeToUtf8Bytes(
            new IrpAuthPayload(user.UserName, user.Password, Convert.ToBase64String(appKey), ForceRefreshAccessToken: false), IrpJson.Options);
        using var request = new HttpRequestMessage(HttpMethod.Post, "eivital/v1.04/auth")
        {
            Content = JsonContent.Create(new IrpEncryptedRequest(IrpCrypto.RsaEncrypt(_access.PublicKey, Encoding.ASCII.GetBytes(Convert.ToBase64String(credentials)))),
                options: IrpJson.Options),
        };
        AddClientHeaders(request, gstin);
        var exchanged = await ExchangeAsync(request, cancellationToken);
        if (exchanged.Failure is { } failure)
        {
            return failure;
        }

        var envelope = exchanged.Value;
        if (!envelope.Succeeded)
        {
            return Log(UpstreamFailure.Refused(Upstream, $"authentication for GSTIN {gstin} was refused: {envelope.DescribeErrors()}"));
        }

        var data = envelope.Data.ValueKind == JsonValueKind.Object ? envelope.Data.Deserialize<IrpAuthData>(IrpJson.Options) : null;
        if (data is { AuthToken.Length: > 0, Sek: "" })
        {
            // A GSP that keeps the session itself answers an empty Sek and expects its own unencrypted endpoints.
            return Log(UpstreamFailure.Refused(Upstream, "it answered an empty Sek: the session key is held by a GSP, whose pass-through endpoints this "
                + "connector does not speak; point Irp:BaseUrl at the IRP itself"));
        }

        if (data is not { AuthToken.Length: > 0, Sek.Length: > 0 }
            || !DateTime.TryParseExact(data.TokenExpiry, TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiry))
        {
            return Log(UpstreamFailure.Failed(Upstream, "the authentication answer lacks AuthToken, Sek or TokenExpiry"));
        }

        byte[] sek;
        try
        {
            sek = IrpCrypto.AesDecrypt(appKey, data.Sek);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return Log(UpstreamFailure.Failed(Upstream, "the session key (Sek) does not decrypt with our app key"));
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

    private async Task<UpstreamResult<IrpEnvelope>> ExchangeAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Log(UpstreamFailure.Failed(Upstream, $"it answered HTTP {(int)response.StatusCode}"));
            }

            return await response.Content.ReadFromJsonAsync<IrpEnvelope>(IrpJson.Options, cancellationToken) is { } envelope
                ? envelope
                : Log(UpstreamFailure.Failed(Upstream, "it answered an empty body"));
        }
        catch (Exception e) when (UpstreamFailure.FromException(Upstream, e) is { } failure && !cancellationToken.IsCancellationRequested)
        {
            return Log(failure);
        }
    }

    private UpstreamResult<T> Decrypt<T>(IrpEnvelope envelope, IrpSession session)
    {
        try
        {
            return envelope.Data.GetString() is { } data && JsonSerializer.Deserialize<T>(IrpCrypto.AesDecrypt(session.Sek, data), IrpJson.Options) is { } value
                ? value
                : Log(UpstreamFailure.Failed(Upstream, "its Data is empty or decrypts to null"));
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidOperationException)
        {
            return Log(UpstreamFailure.Failed(Upstream, "its Data does not decrypt to JSON with the session key"));
        }
    }

    private UpstreamFailure Log(UpstreamFailure failure)
    {
        LogFailed(_logger, failure.Kind, failure.Detail);
        return failure;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "IRP session opened for GSTIN {Gstin}")]
    private static partial void LogSessionOpened(ILogger logger, string gstin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "NIC IRP failed ({Kind}): {Detail}")]
    private static partial void LogFailed(ILogger logger, UpstreamFailureKind kind, string detail);
}
