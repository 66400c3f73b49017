using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Sangam.Api.Platform.Errors;
using Sangam.India;

namespace Sangam.Api.Connectors.Operators.Airtel;

/// <summary>
/// The Airtel Locate API (upstreams.md §3): OAuth token per scope in an <c>access_token</c> header, consent request
/// and status, resource removal and synchronous location, with Airtel's status codes turned into outcomes.
/// </summary>
public sealed class AirtelLocateConnector(HttpClient http, AirtelTokenCache tokens, IOptions<AirtelOptions> options) : IOperatorConnector
{
    public const string OperatorName = "airtel";

    private const string ResourceScope = "resource";
    private const string LocationScope = "location";

    public string Name => OperatorName;

    public string DisplayName => "Airtel Locate";

    public TimeSpan ConsentValidity => options.Value.ConsentValidity;

    private string Customer => "locate/apis/customers/" + Uri.EscapeDataString(options.Value.CustomerBaId!);

    public async Task<ConsentRequestResult> RequestConsentAsync(OperatorConsentRequest request, CancellationToken cancellationToken)
    {
        var body = new AirtelConsentRequestBody(request.Mobile.Msisdn, request.Channel == ConsentChannel.Ivr ? "IVR" : "SMS", request.Language);
        using var response = await SendAsync(ResourceScope, HttpMethod.Post, $"{Customer}/resources/consent", idempotent: false,
            () => JsonContent.Create(body, options: AirtelJson.Options), cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.Accepted or HttpStatusCode.OK:
                return new ConsentRequestResult(ConsentRequestOutcome.Sent);
            case HttpStatusCode.BadRequest:
                var message = await ReadMessageAsync(response, cancellationToken);
                return message.Contains("not an airtel number", StringComparison.OrdinalIgnoreCase)
                    ? new ConsentRequestResult(ConsentRequestOutcome.NotSubscriber, "Airtel: " + message)
                    : new ConsentRequestResult(ConsentRequestOutcome.Refused, "Airtel: " + message);
            case HttpStatusCode.Forbidden:
                return new ConsentRequestResult(ConsentRequestOutcome.Refused, "Airtel: " + await ReadMessageAsync(response, cancellationToken));
            default:
                throw Failed(response.StatusCode, "the consent request");
        }
    }

    public async Task<OperatorConsent?> GetConsentAsync(MobileNumber mobile, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ResourceScope, HttpMethod.Get, $"{Customer}/resources/{mobile.Msisdn}/consent", idempotent: true, null, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw Failed(response.StatusCode, "the consent status");
        }

        var body = await ReadAsync<AirtelConsentBody>(response, cancellationToken);
        var last = body.Events is { Count: > 0 } events ? events[^1] : null;
        var updatedAt = AirtelTime.Parse(body.UpdatedAt) ?? AirtelTime.Parse(last?.Timestamp)
            ?? throw new UpstreamException(DisplayName, timedOut: false, "answered a consent status without a time");
        var state = body.Consent?.ToUpperInvariant() switch
        {
            "ALLOWED" => OperatorConsentState.Allowed,
            "REJECTED" => OperatorConsentState.Rejected,
            "FAILED" => OperatorConsentState.Failed,
            // PROCESSING, INITIATED, PENDING, and anything new: not an answer, so never a grant.
            _ => OperatorConsentState.Pending,
        };
        return new OperatorConsent(state, updatedAt, Describe(last));
    }

    public async Task<OperatorLocationResult> LocateAsync(MobileNumber mobile, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(LocationScope, HttpMethod.Get, $"{Customer}/resources/{mobile.Msisdn}/location?type=sync", idempotent: true, null, cancellationToken);
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                var body = await ReadAsync<AirtelLocationBody>(response, cancellationToken);
                if (body.Location is not { } location || AirtelTime.Parse(body.RetrievedAt) is not { } locatedAt)
                {
                    throw new UpstreamException(DisplayName, timedOut: false, "answered a location without coordinates or time");
                }

                var fix = new OperatorFix(location.Latitude, location.Longitude, (int)Math.Round(location.Radius ?? 0), locatedAt);
                return new OperatorLocationResult(LocationOutcome.Located, fix);
            case HttpStatusCode.Forbidden:
                return new OperatorLocationResult(LocationOutcome.NoConsent, Message: "Airtel: " + await ReadMessageAsync(response, cancellationToken));
            case HttpStatusCode.NotFound:
                return new OperatorLocationResult(LocationOutcome.NotRegistered, Message: "Airtel: " + await ReadMessageAsync(response, cancellationToken));
            case HttpStatusCode.TooManyRequests:
                throw new UpstreamException(DisplayName, timedOut: false, "kept refusing the location request (licence rate limit, or a fetch for this number still running)");
            case HttpStatusCode.BadGateway:
                throw new UpstreamException(DisplayName, timedOut: false, "could not fetch the location (network error in the HLR, MME or MSC)");
            default:
                throw Failed(response.StatusCode, "the location request");
        }
    }

    public async Task ReleaseAsync(MobileNumber mobile, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(ResourceScope, HttpMethod.Delete, $"{Customer}/resources/{mobile.Msisdn}", idempotent: true, null, cancellationToken);
        if (response.StatusCode is not (HttpStatusCode.NoContent or HttpStatusCode.OK or HttpStatusCode.NotFound))
        {
            throw Failed(response.StatusCode, "the removal of the number");
        }
    }

    // Sends with the scope's token; a 401 means the token was revoked or expired early, so one new token is tried.
    private async Task<HttpResponseMessage> SendAsync(
        string scope, HttpMethod method, string path, bool idempotent, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAsync(scope, FetchTokenAsync, cancellationToken);
            using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
            request.Headers.TryAddWithoutValidation("access_token", token);
            request.Options.Set(OperatorResilience.Idempotent, idempotent);
            var response = await TransmitAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.Unauthorized || attempt > 0)
            {
                return response;
            }

            response.Dispose();
            tokens.Invalidate(scope, token);
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> FetchTokenAsync(string scope, CancellationToken cancellationToken)
    {
        var credentials = new AirtelTokenRequestBody(options.Value.ClientId!, options.Value.ClientSecret!, scope);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Customer}/oauth2_token") { Content = JsonContent.Create(credentials, options: AirtelJson.Options) };
        request.Options.Set(OperatorResilience.Idempotent, true); // "get or create": asking twice returns the same token
        using var response = await TransmitAsync(request, cancellationToken);
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.NotFound)
        {
            throw new UpstreamException(DisplayName, timedOut: false,
                $"refused the platform's credentials ({(int)response.StatusCode}: {await ReadMessageAsync(response, cancellationToken)}); check {AirtelOptions.Section}");
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw Failed(response.StatusCode, "the token request");
        }

        var body = await ReadAsync<AirtelTokenBody>(response, cancellationToken);
        return body.AccessToken is { Length: > 0 } token
            ? (token, TimeSpan.FromSeconds(Math.Max(60, body.ExpiresIn)))
            : throw new UpstreamException(DisplayName, timedOut: false, "answered the token request without a token");
    }

    private async Task<HttpResponseMessage> TransmitAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new UpstreamException(DisplayName, timedOut: true, "did not answer in time", e);
        }
        catch (BrokenCircuitException e)
        {
            throw new UpstreamException(DisplayName, timedOut: false, "is failing most calls; calls are paused for a few seconds", e);
        }
        catch (RateLimiterRejectedException e)
        {
            throw new UpstreamException(DisplayName, timedOut: false, "has too many calls waiting on this node", e);
        }
        catch (HttpRequestException e)
        {
            throw new UpstreamException(DisplayName, timedOut: false, "could not be reached", e);
        }
    }

    private async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(AirtelJson.Options, cancellationToken)
                ?? throw new UpstreamException(DisplayName, timedOut: false, "answered an empty body");
        }
        catch (JsonException e)
        {
            throw new UpstreamException(DisplayName, timedOut: false, "answered a body that is not the documented JSON", e);
        }
    }

    private static async Task<string> ReadMessageAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            return JsonSerializer.Deserialize<AirtelErrorBody>(text, AirtelJson.Options)?.Message is { Length: > 0 } message
                ? message
                : response.ReasonPhrase ?? response.StatusCode.ToString();
        }
        catch (JsonException)
        {
            return response.ReasonPhrase ?? response.StatusCode.ToString();
        }
    }

    private UpstreamException Failed(HttpStatusCode status, string what) =>
        new(DisplayName, timedOut: false, $"answered {(int)status} to {what}");

    private static string? Describe(AirtelConsentEventBody? last) => (last?.Type?.ToUpperInvariant(), last?.Status?.ToUpperInvariant()) switch
    {
        ("MT", "SUCCESS") => "consent SMS sent",
        ("MT", _) => "consent SMS could not be sent",
        ("DR", "SUCCESS") => "consent SMS delivered",
        ("DR", _) => "consent SMS not delivered",
        ("MO", _) => "driver replied by SMS",
        ("CALL", "SUCCESS") => "consent call placed",
        ("CALL", _) => "consent call could not be placed",
        ("CDR", "SUCCESS") => last?.Meta?.KeyPressed == true ? "driver answered the consent call" : "consent call completed",
        ("CDR", _) => "consent call not answered",
        _ => null,
    };
}
