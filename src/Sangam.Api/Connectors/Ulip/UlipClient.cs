using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Sangam.Api.Platform.Errors;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// Calls ULIP services with its protocol: a bearer token from <c>user/login</c> (renewed once when a call is
/// refused with 403), the service's request body, and its envelope unwrapped into an <see cref="UlipAnswer"/>.
/// Resilience (timeouts, retries, circuit breaker, concurrency cap) sits in the HTTP pipeline; whatever still
/// fails becomes an <see cref="UpstreamException"/> that says which service failed and how. A singleton: each call
/// takes a client from the factory, which rotates the pooled handlers.
/// </summary>
public sealed partial class UlipClient(IHttpClientFactory clients, UlipTokenCache tokens, IOptions<UlipOptions> options, ILogger<UlipClient> logger)
{
    public const string HttpClientName = "ulip";

    private const string ApiPrefix = "ulip/v1.0.0/";

    public async Task<UlipAnswer> CallAsync(UlipService service, UlipRequest request, CancellationToken cancellationToken)
    {
        if (!options.Value.HasCredentials)
        {
            throw Failure(service, "ULIP is not configured on this server (set Ulip:Username and Ulip:Password)");
        }

        var http = clients.CreateClient(HttpClientName);
        Func<CancellationToken, Task<string>> login = token => LoginAsync(http, token);
        try
        {
            var token = await tokens.GetAsync(login, cancellationToken);
            var response = await PostAsync(http, service.Path(), request, token, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                response.Dispose();
                LogTokenRefused(logger, service.Path());
                token = await tokens.RenewAsync(token, login, cancellationToken);
                response = await PostAsync(http, service.Path(), request, token, cancellationToken);
            }

            using (response)
            {
                return await ReadAsync(service, response, cancellationToken);
            }
        }
        catch (Exception e) when (Describe(e) is { } failure && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, service.Path(), failure.Detail);
            throw new UpstreamException(service.UpstreamName(), failure.TimedOut, failure.Detail, e);
        }
    }

    private async Task<string> LoginAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var credentials = new UlipLogin(options.Value.Username!, options.Value.Password!);
        using var response = await http.PostAsJsonAsync(ApiPrefix + "user/login", credentials, UlipJsonContext.Default.UlipLogin, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new UpstreamException("ULIP login", timedOut: false,
                $"the login was refused with HTTP {(int)response.StatusCode}; check Ulip:Username and Ulip:Password");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new UpstreamException("ULIP login", timedOut: false, $"the login failed with HTTP {(int)response.StatusCode}");
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var token = UlipPayload.Text(document.RootElement, "response", "id");
        if (string.IsNullOrEmpty(token))
        {
            throw new UpstreamException("ULIP login", timedOut: false, "the login answer carries no token at response.id");
        }

        LogLoggedIn(logger);
        return token;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient http, string path, UlipRequest request, string token, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, ApiPrefix + path)
        {
            Content = JsonContent.Create(request, (JsonTypeInfo)UlipJsonContext.Default.GetTypeInfo(request.GetType())!),
        };
        message.Headers.Authorization = new("Bearer", token);
        return await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
    }

    private static async Task<UlipAnswer> ReadAsync(UlipService service, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
        {
            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized ? " even with a fresh token" : "";
            throw Failure(service, $"it answered HTTP {(int)response.StatusCode}{refused}");
        }

        using var document = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var root = document.RootElement;
        if (UlipPayload.Text(root, "error") == "true")
        {
            throw Failure(service, $"it answered an error: {UlipPayload.Text(root, "message") ?? "no message"}");
        }

        if (root.ValueKind != JsonValueKind.Object
            || !root.TryGetProperty("response", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0
            || items[0].ValueKind != JsonValueKind.Object || !items[0].TryGetProperty("response", out var payload))
        {
            throw Failure(service, "its answer is not a ULIP envelope");
        }

        var item = items[0];
        var code = UlipPayload.Text(item, "responseCode");
        return new UlipAnswer(payload.Clone(), UlipPayload.Text(item, "responseStatus") ?? "SUCCESS", code, UlipAnswer.IsFound(service, payload, code));
    }

    private static UpstreamException Failure(UlipService service, string detail) => new(service.UpstreamName(), timedOut: false, detail);

    private static (bool TimedOut, string Detail)? Describe(Exception exception) => exception switch
    {
        UpstreamException upstream => (upstream.TimedOut, upstream.Detail),
        TimeoutRejectedException => (true, "it did not answer in time"),
        BrokenCircuitException => (false, "it failed repeatedly, so calls to it are paused for a few seconds"),
        RateLimiterRejectedException => (false, "too many calls to it are already waiting"),
        HttpRequestException request => (false, $"it could not be reached ({request.HttpRequestError})"),
        JsonException => (false, "its answer is not JSON"),
        _ => null,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in to ULIP")]
    private static partial void LogLoggedIn(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "ULIP refused the token on {Service}; renewing it")]
    private static partial void LogTokenRefused(ILogger logger, string service);

    [LoggerMessage(Level = LogLevel.Warning, Message = "ULIP {Service} failed: {Detail}")]
    private static partial void LogFailed(ILogger logger, string service, string detail);
}
