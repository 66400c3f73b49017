using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// Airtel Locate answering with its documented answers: each call answers the sample set for it, with the
/// placeholders of the schema-built samples filled in (a fresh token, the time now, a radius) and no body where
/// Airtel documents none. Calls need a token it issued in the <c>access_token</c> header (else 401, as Airtel does).
/// </summary>
public sealed class AirtelReplay : IAsyncDisposable
{
    public const string Token = "POST /locate/apis/customers/{customerBaId}/oauth2_token";
    public const string ConsentRequest = "POST /locate/apis/customers/{customerBaId}/resources/consent";
    public const string ConsentStatus = "GET /locate/apis/customers/{customerBaId}/resources/{msisdn}/consent";
    public const string Location = "GET /locate/apis/customers/{customerBaId}/resources/{msisdn}/location";
    public const string Removal = "DELETE /locate/apis/customers/{customerBaId}/resources/{msisdn}";

    private const string Customer = "/locate/apis/customers/{customerBaId}";

    private readonly ConcurrentDictionary<string, UpstreamSample> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _tokens = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The clock the answers' times come from: the server's, so answers are "now" for it.</summary>
    public Func<DateTimeOffset> Now { get; set; } = () => DateTimeOffset.UtcNow;

    public static async Task<AirtelReplay> StartAsync()
    {
        var replay = new AirtelReplay();
        replay._app = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost(Customer + "/oauth2_token", () => replay.Answer(Token, authorised: true));
            app.MapPost(Customer + "/resources/consent", (HttpRequest request) => replay.Answer(ConsentRequest, replay.IsAuthorised(request)));
            app.MapGet(Customer + "/resources/{msisdn}/consent", (HttpRequest request) => replay.Answer(ConsentStatus, replay.IsAuthorised(request)));
            app.MapGet(Customer + "/resources/{msisdn}/location", (HttpRequest request) => replay.Answer(Location, replay.IsAuthorised(request)));
            app.MapDelete(Customer + "/resources/{msisdn}", (HttpRequest request) => replay.Answer(Removal, replay.IsAuthorised(request)));
        });
        replay.BaseAddress = replay._app.BaseAddress();
        return replay;
    }

    /// <summary>From now on the call (e.g. <see cref="Location"/>) answers <paramref name="sample"/>; its query is not part of the call.</summary>
    public void Answer(UpstreamSample sample) => _answers[sample.Service.Split('?')[0]] = sample;

    public int CallsTo(string call) => _calls.GetValueOrDefault(call);

    /// <summary>Revokes every token it issued, so the connector's next call is refused and it asks for a token again.</summary>
    public void RevokeTokens() => _tokens.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private bool IsAuthorised(HttpRequest request) => _tokens.ContainsKey(request.Headers["access_token"].ToString());

    private IResult Answer(string call, bool authorised)
    {
        _calls.AddOrUpdate(call, 1, (_, calls) => calls + 1);
        if (!authorised)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        var sample = _answers[call];
        if (sample.Body is null)
        {
            return Results.StatusCode(sample.HttpStatus);
        }

        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var now = Now().ToOffset(TimeSpan.FromHours(5.5));
        var body = sample.BodyText!
            .Replace("<access token>", token, StringComparison.Ordinal)
            .Replace("<date-time>", now.ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("<yyyy-MM-dd HH:mm:ss>", now.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("<metres, as a string>", "420", StringComparison.Ordinal);
        if (call == Token)
        {
            _tokens[token] = 0;
        }

        return Results.Text(body, "application/json", statusCode: sample.HttpStatus);
    }
}
