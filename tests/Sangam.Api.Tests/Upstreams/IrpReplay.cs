using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Sangam.Api.Connectors.Irp;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// NIC's IRP answering with recorded real answers over its protocol: the auth call decrypts the caller's credentials
/// with this replay's RSA key and mints the session key of a successful answer (encrypted with the caller's app key);
/// generate and get-by-IRN answer the sample set for them, its <c>Data</c> encrypted with the session's key, and NIC's
/// 1005 to a token it did not issue.
/// </summary>
public sealed class IrpReplay : IAsyncDisposable
{
    public const string Auth = "eivital/v1.04/auth";
    public const string Generate = "eicore/v1.03/Invoice";
    public const string GetByIrn = "eicore/v1.03/Invoice/irn/{irn}";

    private readonly RSA _key = RSA.Create(2048);
    private readonly ConcurrentDictionary<string, UpstreamSample> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _sessions = new(StringComparer.Ordinal);
    private WebApplication? _app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The replay's public key as a PEM file, for <c>Irp:PublicKeyPath</c>.</summary>
    public string PublicKeyPath { get; } = Path.Combine(Path.GetTempPath(), $"irp-replay-{Guid.NewGuid():N}.pem");

    public static async Task<IrpReplay> StartAsync()
    {
        var replay = new IrpReplay();
        await File.WriteAllTextAsync(replay.PublicKeyPath, replay._key.ExportSubjectPublicKeyInfoPem());
        replay._app = await LoopbackApp.StartAsync(app =>
        {
            app.MapPost("/" + Auth, replay.AuthenticateAsync);
            app.MapPost("/" + Generate, (HttpRequest request) => replay.Answer(Generate, request));
            app.MapGet("/eicore/v1.03/Invoice/irn/{irn}", (HttpRequest request) => replay.Answer(GetByIrn, request));
        });
        replay.BaseAddress = replay._app.BaseAddress();
        return replay;
    }

    public void Answer(string service, UpstreamSample sample) => _answers[service] = sample;

    public int CallsTo(string service) => _calls.GetValueOrDefault(service);

    /// <summary>Forgets every session, so the connector's next call is refused with 1005 and it authenticates again.</summary>
    public void ForgetSessions() => _sessions.Clear();

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _key.Dispose();
        File.Delete(PublicKeyPath);
    }

    private async Task<IResult> AuthenticateAsync(HttpRequest request)
    {
        _calls.AddOrUpdate(Auth, 1, (_, calls) => calls + 1);
        var sample = _answers[Auth];
        var body = sample.Body!.DeepClone().AsObject();
        if (body["Data"] is JsonObject data && data["Sek"] is JsonValue sek && ((string)sek!).Length > 0)
        {
            var credentials = JsonNode.Parse(Convert.FromBase64String(Encoding.ASCII.GetString(
                _key.Decrypt(Convert.FromBase64String((string)(await request.ReadFromJsonAsync<JsonObject>())!["Data"]!), RSAEncryptionPadding.Pkcs1))))!;
            var sessionKey = RandomNumberGenerator.GetBytes(IrpCrypto.KeySizeInBytes);
            var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
            _sessions[token] = sessionKey;
            data["AuthToken"] = token;
            data["Sek"] = IrpCrypto.AesEncrypt(Convert.FromBase64String((string)credentials["AppKey"]!), sessionKey);
        }

        return Results.Text(body.ToJsonString(), "application/json", statusCode: sample.HttpStatus);
    }

    private IResult Answer(string service, HttpRequest request)
    {
        _calls.AddOrUpdate(service, 1, (_, calls) => calls + 1);
        if (!_sessions.TryGetValue(request.Headers["AuthToken"].ToString(), out var sessionKey))
        {
            return Results.Text(UpstreamSample.Load("irp", "any_error_1005_invalid_token").Body!.ToJsonString(), "application/json");
        }

        var sample = _answers[service];
        var body = sample.Body!.DeepClone().AsObject();
        if (body["Data"] is JsonObject data)
        {
            body["Data"] = IrpCrypto.AesEncrypt(sessionKey, Encoding.UTF8.GetBytes(data.ToJsonString()));
        }

        return Results.Text(body.ToJsonString(), "application/json", statusCode: sample.HttpStatus);
    }
}
