using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>What the connector sent to the replayed ULIP.</summary>
public sealed record ReplayedRequest(string Service, string? Accept, string? ContentType, bool HasBearerToken, string Body);

/// <summary>
/// ULIP answering with recorded real answers, over HTTP on a loopback port: each service answers the sample set for
/// it, logins issue tokens the services then require (a 403 otherwise, as ULIP does when a token expires), and a
/// request that does not accept <c>application/json</c> gets ULIP's bodiless 400. Every request is recorded.
/// </summary>
public sealed class UlipReplay : IAsyncDisposable
{
    public const string Login = "user/login";

    private readonly ConcurrentDictionary<string, UpstreamSample> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReplayedRequest> _requests = new();
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    public IReadOnlyCollection<ReplayedRequest> Requests => _requests;

    public static async Task<UlipReplay> StartAsync()
    {
        var replay = new UlipReplay();
        replay._app = await LoopbackApp.StartAsync(app => app.MapPost("/ulip/v1.0.0/{**service}", replay.AnswerAsync));
        replay.BaseAddress = replay._app.BaseAddress();
        return replay;
    }

    /// <summary>From now on <paramref name="service"/> (e.g. <c>VAHAN/01</c>, or <see cref="Login"/>) answers <paramref name="sample"/>.</summary>
    public void Answer(string service, UpstreamSample sample) => _answers[service] = sample;

    /// <summary>Forgets the answers and every token issued, so the connector's next call is refused and it logs in again.</summary>
    public void Reset()
    {
        _answers.Clear();
        _tokens.Clear();
    }

    public int CallsTo(string service) => _calls.GetValueOrDefault(service);

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task<IResult> AnswerAsync(string service, HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var authorization = request.Headers.Authorization.ToString();
        _requests.Enqueue(new ReplayedRequest(service, request.Headers.Accept.ToString(), request.ContentType, authorization.StartsWith("Bearer ", StringComparison.Ordinal), await reader.ReadToEndAsync()));
        _calls.AddOrUpdate(service, 1, (_, calls) => calls + 1);
        if (!request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true))
        {
            return Results.StatusCode(StatusCodes.Status400BadRequest);
        }

        if (!_answers.TryGetValue(service, out var sample))
        {
            return Results.Text($"No sample is set for {service}", statusCode: StatusCodes.Status501NotImplemented);
        }

        var body = sample.BodyText ?? "";
        if (service == Login)
        {
            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            _tokens[token] = 0;
            body = body.Replace("<bearer token>", token, StringComparison.Ordinal);
        }
        else if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal) || !_tokens.ContainsKey(authorization["Bearer ".Length..]))
        {
            return Results.Json(new { response = (object?)null, error = "true", code = "403", message = "Forbidden" }, statusCode: StatusCodes.Status403Forbidden);
        }

        // The captured outage names the service it was captured on; replayed, it names the service asked.
        return Results.Text(body.Replace("{SERVICE}", service.Replace('/', '_'), StringComparison.Ordinal), "application/json", statusCode: sample.HttpStatus);
    }
}
