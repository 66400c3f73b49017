using System.Net;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>
/// Calls ULIP services with its protocol: a bearer token from <c>user/login</c> (renewed once when a call is
/// refused with 403), <c>Accept: application/json</c> on every call (without it ULIP answers a bodiless 400), the
/// service's request body, and its answer read into an <see cref="UlipAnswer"/> or an <see cref="UpstreamFailure"/>.
/// Resilience (timeouts, retries, circuit breaker, concurrency cap) sits in the HTTP pipeline. A singleton: each call
/// takes a client from the factory, which rotates the pooled handlers.
/// </summary>
public sealed partial class UlipClient(IHttpClientFactory clients, UlipTokenCache tokens, IOptions<UlipOptions> options, ILogger<UlipClient> logger)
{
    public const string HttpClientName = "ulip";

    /// <summary>How errors name the login call.</summary>
    public const string LoginName = "ULIP login";

    private const string ApiPrefix = "ulip/v1.0.0/";

    public async Task<UpstreamResult<UlipAnswer>> CallAsync(UlipService service, UlipRequest request, CancellationToken cancellationToken)
    {
        var result = await TryCallAsync(service, request, cancellationToken);
        if (result.Failure is { } failure)
        {
            LogFailed(logger, failure.Upstream, failure.Kind, failure.Detail);
        }

        return result;
    }

    private async Task<UpstreamResult<UlipAnswer>> TryCallAsync(UlipService service, UlipRequest request, CancellationToken cancellationToken)
    {
        if (!options.Value.HasCredentials)
        {
            return UpstreamFailure.Refused(service.UpstreamName(), "ULIP is not configured on this server (set Ulip:Username and Ulip:Password)");
        }

        var http = clients.CreateClient(HttpClientName);
        Func<CancellationToken, Task<UpstreamResult<string>>> login = token => LoginAsync(http, token);
        try
        {
            var token = await tokens.GetAsync(login, cancellationToken);
            if (token.Failure is { } loginFailed)
            {
                return loginFailed;
            }

            var response = await PostAsync(http, service.Path(), request, token.Value, cancellationToken);
            if (response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                response.Dispose();
                LogTokenRefused(logger, service.Path());
                token = await tokens.RenewAsync(token.Value, login, cancellationToken);
                if (token.Failure is { } renewalFailed)
                {
                    return renewalFailed;
                }

                response = await PostAsync(http, service.Path(), request, token.Value, cancellationToken);
            }

            using (response)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                return UlipResponseReader.Read(service, request, response.StatusCode, body);
            }
        }
        catch (Exception e) when (UpstreamFailure.FromException(service.UpstreamName(), e) is { } failure && !cancellationToken.IsCancellationRequested)
        {
            return failure;
        }
    }

    private async Task<UpstreamResult<string>> LoginAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var credentials = new UlipLogin(options.Value.Username!, options.Value.Password!);
        using var response = await http.PostAsJsonAsync(ApiPrefix + "user/login", credentials, UlipJsonContext.Default.UlipLogin, cancellationToken);
        var result = UlipResponseReader.ReadLogin(response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken));
        if (result.Succeeded)
        {
            LogLoggedIn(logger);
        }

        return result;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Logged in to ULIP")]
    private static partial void LogLoggedIn(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "ULIP refused the token on {Service}; renewing it")]
    private static partial void LogTokenRefused(ILogger logger, string service);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Upstream} failed ({Kind}): {Detail}")]
    private static partial void LogFailed(ILogger logger, string upstream, UpstreamFailureKind kind, string detail);
}
