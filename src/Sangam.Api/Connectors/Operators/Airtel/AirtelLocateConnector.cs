using System.Net;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Sangam.Api.Http.Errors;
using Sangam.India;

namespace Sangam.Api.Connectors.Operators.Airtel;

/// <summary>
/// The Airtel Locate API (upstreams.md §3): OAuth token per scope in an <c>access_token</c> header, consent request
/// and status, resource removal and synchronous location, with Airtel's status codes turned into outcomes, and its
/// failures into <see cref="UpstreamFailure"/>s.
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

    public async Task<UpstreamResult<ConsentRequestResult>> RequestConsentAsync(OperatorConsentRequest request, CancellationToken cancellationToken)
    {
        var body = new AirtelConsentRequestBody(request.Mobile.Msisdn, request.Channel == ConsentChannel.Ivr ? "IVR" : "SMS", request.Language);
        var sent = await SendAsync(ResourceScope, HttpMethod.Post, $"{Customer}/resources/consent", idempotent: false,
            () => JsonContent.Create(body, options: AirtelJson.Options), cancellationToken);
        if (sent.Failure is { } failure)
        {
            return failure;
        }

        using var response = sent.Value;
        switch (response.StatusCode)
        {
            case HttpStatusCode.Accepted or HttpStatusCode.OK:
                return new ConsentRequestResult(ConsentRequestOutcome.Sent);
            case HttpStatusCode.BadRequest:
                // Airtel's 400 covers a number not on Airtel, a language and a channel; the last two are checked before
                // asking, and Airtel documents no body that tells them apart, so the number is another operator's.
                return new ConsentRequestResult(ConsentRequestOutcome.NotSubscriber,
                    $"Airtel refused the number with HTTP 400 ({await ReadMessageAsync(response, cancellationToken)}): it is not an Airtel number");
            case HttpStatusCode.Forbidden:
                return new ConsentRequestResult(ConsentRequestOutcome.Refused, "Airtel: " + await ReadMessageAsync(response, cancellationToken));
            default:
                return Failed(response.StatusCode, "the consent request");
        }
    }

    public async Task<UpstreamResult<OperatorConsent?>> GetConsentAsync(MobileNumber mobile, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(ResourceScope, HttpMethod.Get, $"{Customer}/resources/{mobile.Msisdn}/consent", idempotent: true, null, cancellationToken);
        if (sent.Failure is { } failure)
        {
            return failure;
        }

        using var response = sent.Value;
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return (OperatorConsent?)null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return Failed(response.StatusCode, "the consent status");
        }

        var read = await ReadAsync<AirtelConsentBody>(response, cancellationToken);
        if (read.Failure is { } unreadable)
        {
            return unreadable;
        }

        var body = read.Value;
        var last = body.Events is { Count: > 0 } events ? events[^1] : null;
        if ((AirtelTime.Parse(body.UpdatedAt) ?? AirtelTime.Parse(last?.Timestamp)) is not { } updatedAt)
        {
            return UpstreamFailure.Failed(DisplayName, "it answered a consent status without a time");
        }

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

    public async Task<UpstreamResult<OperatorLocationResult>> LocateAsync(MobileNumber mobile, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(LocationScope, HttpMethod.Get, $"{Customer}/resources/{mobile.Msisdn}/location?type=sync", idempotent: true, null, cancellationToken);
        if (sent.Failure is { } failure)
        {
            return failure;
        }

        using var response = sent.Value;
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK:
                var read = await ReadAsync<AirtelLocationBody>(response, cancellationToken);
                if (read.Failure is { } unreadable)
                {
                    return unreadable;
                }

                if (read.Value.Location is not { } location || AirtelTime.Parse(read.Value.RetrievedAt) is not { } locatedAt)
                {
                    return UpstreamFailure.Failed(DisplayName, "it answered a location without coordinates or time");
                }

                var fix = new OperatorFix(location.Latitude, location.Longitude, (int)Math.Round(location.Radius ?? 0), locatedAt);
                return new OperatorLocationResult(LocationOutcome.Located, fix);
            case HttpStatusCode.Forbidden:
                return new OperatorLocationResult(LocationOutcome.NoConsent, Message: "Airtel: " + await ReadMessageAsync(response, cancellationToken));
            case HttpStatusCode.NotFound:
                return new OperatorLocationResult(LocationOutcome.NotRegistered, Message: "Airtel: " + await ReadMessageAsync(response, cancellationToken));
            case HttpStatusCode.TooManyRequests:
                return UpstreamFailure.Failed(DisplayName, "it kept refusing the location request (licence rate limit, or a fetch for this number still running)");
            case HttpStatusCode.BadGateway:
                return UpstreamFailure.Failed(DisplayName, "it could not fetch the location (network error in the HLR, MME or MSC)");
            default:
                return Failed(response.StatusCode, "the location request");
        }
    }

    public async Task<UpstreamFailure?> ReleaseAsync(MobileNumber mobile, CancellationToken cancellationToken)
    {
        var sent = await SendAsync(ResourceScope, HttpMethod.Delete, $"{Customer}/resources/{mobile.Msisdn}", idempotent: true, null, cancellationToken);
        if (sent.Failure is { } failure)
        {
            return failure;
        }

        using var response = sent.Value;
        return response.StatusCode is HttpStatusCode.NoContent or HttpStatusCode.OK or HttpStatusCode.NotFound
            ? null
            : Failed(response.StatusCode, "the removal of the number");
    }

    // Sends with the scope's token; a 401 means the token was revoked or expired early, so one new token is tried.
    private async Task<UpstreamResult<HttpResponseMessage>> SendAsync(
        string scope, HttpMethod method, string path, bool idempotent, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await tokens.GetAsync(scope, FetchTokenAsync, cancellationToken);
            if (token.Failure is { } failure)
            {
                return failure;
            }

            using var request = new HttpRequestMessage(method, path) { Content = content?.Invoke() };
            request.Headers.TryAddWithoutValidation("access_token", token.Value);
            request.Options.Set(OperatorResilience.Idempotent, idempotent);
            var sent = await TransmitAsync(request, cancellationToken);
            if (sent.Failure is not null || sent.Value.StatusCode != HttpStatusCode.Unauthorized || attempt > 0)
            {
                return sent;
            }

            sent.Value.Dispose();
            tokens.Invalidate(scope, token.Value);
        }
    }

    private async Task<UpstreamResult<(string Token, TimeSpan Lifetime)>> FetchTokenAsync(string scope, CancellationToken cancellationToken)
    {
        var credentials = new AirtelTokenRequestBody(options.Value.ClientId!, options.Value.ClientSecret!, scope);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Customer}/oauth2_token") { Content = JsonContent.Create(credentials, options: AirtelJson.Options) };
        request.Options.Set(OperatorResilience.Idempotent, true); // "get or create": asking twice returns the same token
        var sent = await TransmitAsync(request, cancellationToken);
        if (sent.Failure is { } failure)
        {
            return failure;
        }

        using var response = sent.Value;
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest or HttpStatusCode.NotFound)
        {
            return UpstreamFailure.Refused(DisplayName,
                $"it refused the platform's credentials ({(int)response.StatusCode}: {await ReadMessageAsync(response, cancellationToken)}); check {AirtelOptions.Section}");
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            return Failed(response.StatusCode, "the token request");
        }

        var read = await ReadAsync<AirtelTokenBody>(response, cancellationToken);
        if (read.Failure is { } unreadable)
        {
            return unreadable;
        }

        return read.Value.AccessToken is { Length: > 0 } token
            ? (token, TimeSpan.FromSeconds(Math.Max(60, read.Value.ExpiresIn)))
            : UpstreamFailure.Failed(DisplayName, "it answered the token request without a token");
    }

    private async Task<UpstreamResult<HttpResponseMessage>> TransmitAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (Exception e) when (UpstreamFailure.FromException(DisplayName, e) is { } failure && !cancellationToken.IsCancellationRequested)
        {
            return failure;
        }
    }

    private async Task<UpstreamResult<T>> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(AirtelJson.Options, cancellationToken) is { } body
                ? body
                : UpstreamFailure.Failed(DisplayName, "it answered an empty body");
        }
        catch (JsonException)
        {
            return UpstreamFailure.Failed(DisplayName, "it answered a body that is not the documented JSON");
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

    private UpstreamFailure Failed(HttpStatusCode status, string what) => UpstreamFailure.Failed(DisplayName, $"it answered HTTP {(int)status} to {what}");

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
