using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Sangam.Client.Http;

/// <summary>
/// Sends requests for every sub-client: adds the token (refreshing it ahead of expiry and once on a 401), an
/// <c>Idempotency-Key</c> on POSTs, retries what is safe to retry, and turns error answers into typed exceptions.
/// </summary>
public sealed class SangamConnection : IDisposable
{
    private const string TokenPath = "api/v2/token-auth/";
    private const string RefreshPath = "api/v2/api-token-refresh/";

    private static readonly TimeSpan MaxBackOff = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly SangamClientOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private SangamTokens? _tokens;

    internal SangamConnection(HttpClient? http, SangamClientOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _tokens = options.Tokens;
        _ownsHttp = http is null;
        _http = http ?? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = options.Timeout };
        if (_http.BaseAddress is null)
        {
            var baseAddress = options.BaseAddress.ToString();
            _http.BaseAddress = new Uri(baseAddress.EndsWith('/') ? baseAddress : baseAddress + "/");
        }
    }

    /// <summary>Raised after a login or refresh, so callers can persist the new pair.</summary>
    public event EventHandler<SangamTokens>? TokensChanged;

    /// <summary>The current tokens, if logged in.</summary>
    public SangamTokens? Tokens => _tokens;

    /// <summary>Sends a request and reads the JSON answer as <typeparamref name="T"/>.</summary>
    public Task<T> SendAsync<T>(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken) =>
        SendAsync<T>(method, path, content, null, cancellationToken);

    /// <summary>Sends a request with extra headers (e.g. the IRN APIs' <c>Gstin</c>) and reads the JSON answer as <typeparamref name="T"/>.</summary>
    public async Task<T> SendAsync<T>(
        HttpMethod method, string path, Func<HttpContent>? content, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, content, headers, cancellationToken);
        return await response.Content.ReadFromJsonAsync<T>(SangamJson.Options, cancellationToken)
            ?? throw new SangamException("The server answered an empty body.");
    }

    /// <summary>Sends a request whose answer has no body worth reading.</summary>
    public async Task SendAsync(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(method, path, content, null, cancellationToken);
    }

    /// <summary>JSON content for a request body.</summary>
    public static Func<HttpContent> Json<T>(T body) => () => JsonContent.Create(body, options: SangamJson.Options);

    /// <summary>Logs in with a username and password and keeps the tokens.</summary>
    public async Task<SangamTokens> LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            return await LoginCoreAsync(username, password, cancellationToken);
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    /// <summary>Exchanges the refresh token for a new pair (the old pair stops working).</summary>
    public async Task<SangamTokens> RefreshAsync(CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            var current = _tokens ?? throw new SangamException("Not logged in: there is no refresh token.");
            return await RefreshCoreAsync(current, cancellationToken);
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _tokenLock.Dispose();
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<HttpResponseMessage> SendCoreAsync(
        HttpMethod method, string path, Func<HttpContent>? content, IReadOnlyDictionary<string, string>? headers, CancellationToken cancellationToken)
    {
        // One key for every attempt of this call: a retried POST is then answered once by the server.
        var idempotencyKey = method == HttpMethod.Post ? Guid.NewGuid().ToString() : null;
        var refreshedAfter401 = false;
        for (var attempt = 0; ; attempt++)
        {
            var token = await EnsureAccessTokenAsync(cancellationToken);
            using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
            request.Headers.Authorization = new AuthenticationHeaderValue("JWT", token);
            if (idempotencyKey is not null)
            {
                request.Headers.Add("Idempotency-Key", idempotencyKey);
            }

            if (_options.Subid is { Length: > 0 } subid)
            {
                request.Headers.Add("Subid", subid);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                request.Headers.Add(name, value);
            }

            HttpResponseMessage response;
            try
            {
                response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            }
            catch (HttpRequestException) when (attempt < _options.MaxRetries)
            {
                await BackOffAsync(attempt, null, cancellationToken);
                continue;
            }

            if (response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.PartialContent)
            {
                return response;
            }

            using (response)
            {
                if (response.StatusCode == HttpStatusCode.Unauthorized && !refreshedAfter401 && CanRenew)
                {
                    refreshedAfter401 = true;
                    await RenewAsync(token, cancellationToken);
                    attempt--;
                    continue;
                }

                // A Retry-After longer than the longest back-off is an answer (e.g. a throttle), not a hiccup.
                if (IsTransient(response.StatusCode) && attempt < _options.MaxRetries && !(response.Headers.RetryAfter?.Delta > MaxBackOff))
                {
                    await BackOffAsync(attempt, response.Headers.RetryAfter?.Delta, cancellationToken);
                    continue;
                }

                throw await ErrorReader.ReadAsync(response, cancellationToken);
            }
        }
    }

    private bool CanRenew => _tokens is not null || _options.Username is not null;

    private async Task<string> EnsureAccessTokenAsync(CancellationToken cancellationToken)
    {
        var tokens = _tokens;
        if (tokens is not null && tokens.AccessTokenExpiresAt - _options.RefreshMargin > _time.GetUtcNow())
        {
            return tokens.AccessToken;
        }

        await RenewAsync(tokens?.AccessToken, cancellationToken);
        return _tokens!.AccessToken;
    }

    // Refreshes when a refresh token is at hand, else logs in; only one renewal runs at a time.
    private async Task RenewAsync(string? staleAccessToken, CancellationToken cancellationToken)
    {
        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            if (_tokens is { } current && current.AccessToken != staleAccessToken
                && current.AccessTokenExpiresAt - _options.RefreshMargin > _time.GetUtcNow())
            {
                return;
            }

            if (_tokens is { } tokens && tokens.RefreshTokenExpiresAt > _time.GetUtcNow())
            {
                try
                {
                    await RefreshCoreAsync(tokens, cancellationToken);
                    return;
                }
                catch (SangamAuthenticationException) when (_options.Username is not null)
                {
                    // The refresh token was revoked; fall back to the credentials.
                }
                catch (SangamValidationException) when (_options.Username is not null)
                {
                    // The refresh token expired; fall back to the credentials.
                }
            }

            if (_options.Username is null || _options.Password is null)
            {
                throw new SangamAuthenticationException(HttpStatusCode.Unauthorized,
                    "Not logged in, or the session expired: log in again.", null, null);
            }

            await LoginCoreAsync(_options.Username, _options.Password, cancellationToken);
        }
        finally
        {
            _tokenLock.Release();
        }
    }

    private Task<SangamTokens> LoginCoreAsync(string username, string password, CancellationToken cancellationToken) =>
        ExchangeAsync(TokenPath, new Dictionary<string, string> { ["username"] = username, ["password"] = password }, cancellationToken);

    private Task<SangamTokens> RefreshCoreAsync(SangamTokens current, CancellationToken cancellationToken) =>
        ExchangeAsync(RefreshPath, new Dictionary<string, string> { ["token"] = current.RefreshToken }, cancellationToken);

    private async Task<SangamTokens> ExchangeAsync(string path, Dictionary<string, string> body, CancellationToken cancellationToken)
    {
        using var response = await _http.PostAsJsonAsync(path, body, cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw await ErrorReader.ReadAsync(response, cancellationToken);
        }

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        var root = document.RootElement;
        var access = root.GetProperty("token").GetString()!;
        // The hosted platform documents "refresh token" (with a space); its sister products use refresh_token.
        var refresh = (root.TryGetProperty("refresh_token", out var r) ? r : root.GetProperty("refresh token")).GetString()!;
        var tokens = new SangamTokens(access, refresh);
        _tokens = tokens;
        TokensChanged?.Invoke(this, tokens);
        return tokens;
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private Task BackOffAsync(int attempt, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var delay = retryAfter ?? TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt));
        return Task.Delay(delay > MaxBackOff ? MaxBackOff : delay, _time, cancellationToken);
    }
}
