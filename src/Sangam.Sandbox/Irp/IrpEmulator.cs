using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sangam.India;
using Sangam.Sandbox.Faults;

namespace Sangam.Sandbox.Irp;

/// <summary>
/// The sandbox NIC IRP: <c>POST eivital/v1.04/auth</c> (the credentials, base64-encoded, RSA-encrypted with the
/// emulator's public key; SEK AES-encrypted with the app key), <c>POST eicore/v1.03/Invoice</c> (generate) and
/// <c>GET eicore/v1.03/Invoice/irn/{irn}</c> (for about two days after generation, as at NIC), with AES(SEK) payloads
/// and NIC's envelope and error codes as the real IRP answers them.
/// </summary>
public static class IrpEmulator
{
    public const string Name = "irp";

    /// <summary>How long after generation get-by-IRN still serves an IRN (NIC answers 2283 later).</summary>
    private static readonly TimeSpan FetchWindow = TimeSpan.FromDays(2);

    public static IServiceCollection AddIrpEmulator(this IServiceCollection services)
    {
        services.AddOptions<IrpEmulatorOptions>().BindConfiguration(IrpEmulatorOptions.Section);
        services.AddSingleton<IrpEmulatorKey>();
        services.AddSingleton(provider => new IrpIssuer(provider.GetRequiredService<IrpEmulatorKey>()));
        services.AddSingleton(provider => new IrpRegistry(
            provider.GetRequiredService<IOptions<IrpEmulatorOptions>>(), provider.GetRequiredService<IrpIssuer>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => new IrpEmulatorSessions(provider.GetRequiredService<TimeProvider>()));
        return services;
    }

    public static IEndpointRouteBuilder MapIrpEmulator(this IEndpointRouteBuilder sandbox)
    {
        var irp = sandbox.MapGroup("/irp");
        irp.MapPost("/eivital/v1.04/auth", (HttpRequest request, JsonElement body, IrpEmulatorKey key, IrpEmulatorSessions sessions) =>
            Authenticate(request, body, key, sessions)).WithFaults(Name, isLogin: true);
        irp.MapPost("/eicore/v1.03/Invoice", (HttpRequest request, JsonElement body, IrpEmulatorSessions sessions, IrpRegistry registry) =>
            Generate(request, body, sessions, registry)).WithFaults(Name);
        irp.MapGet("/eicore/v1.03/Invoice/irn/{irn}", (string irn, HttpRequest request, IrpEmulatorSessions sessions, IrpRegistry registry, TimeProvider time) =>
            GetByIrn(irn, request, sessions, registry, time)).WithFaults(Name);
        return sandbox;
    }

    private static IResult Authenticate(HttpRequest request, JsonElement body, IrpEmulatorKey key, IrpEmulatorSessions sessions)
    {
        if (Text(body, "Data") is not { } data)
        {
            return Error("5003", "Data cannot be null or empty");
        }

        if (!HasClientCredentials(request))
        {
            return Error("1010", "Invalid Client-ID/Client-Secret");
        }

        if (Header(request, "Gstin") is not { } gstin)
        {
            return Error("1004", "Header GSTIN is required");
        }

        if (ReadCredentials(key, data) is not { } credentials)
        {
            return Error("1020", "Decryption failed");
        }

        if (Text(credentials, "UserName") is not { } userName)
        {
            return Error("1017", "Incorrect user id");
        }

        if (Text(credentials, "Password") != IrpEmulatorOptions.Password)
        {
            return Error("1019", "Incorrect Password");
        }

        if (!TryDecodeAppKey(Text(credentials, "AppKey"), out var appKey))
        {
            return Error("1020", "Decryption failed");
        }

        var (token, session) = sessions.Open(gstin, userName);
        return Success(new JsonObject
        {
            ["ClientId"] = IrpEmulatorOptions.ClientId,
            ["UserName"] = userName,
            ["AuthToken"] = token,
            ["Sek"] = AesEncrypt(appKey, session.Sek),
            ["TokenExpiry"] = IrpEmulatorJson.Timestamp(session.ExpiresAt),
        });
    }

    private static IResult Generate(HttpRequest request, JsonElement body, IrpEmulatorSessions sessions, IrpRegistry registry)
    {
        if (Authorize(request, sessions) is not { } session)
        {
            return Error("1005", "Invalid Token");
        }

        JsonObject? invoice;
        try
        {
            invoice = JsonNode.Parse(AesDecrypt(session.Sek, Text(body, "Data") ?? ""))?.AsObject();
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidOperationException)
        {
            invoice = null;
        }

        if (invoice is null)
        {
            return Error("2140", "The request payload does not decrypt to an invoice JSON with the session key");
        }

        if (IrpInvoiceRules.Check(invoice, session.Gstin) is { } failure)
        {
            return Error(failure.Code, failure.Message);
        }

        var (issued, isDuplicate) = registry.Register(invoice, IrpInvoiceRules.IrnOf(invoice));
        if (isDuplicate)
        {
            var registration = issued.Registration;
            return Error("2150", "Duplicate IRN", new JsonArray(new JsonObject
            {
                ["InfCd"] = "DUPIRN",
                ["Desc"] = new JsonObject { ["AckNo"] = registration.AckNo, ["AckDt"] = IrpEmulatorJson.Timestamp(registration.AckDt), ["Irn"] = registration.Irn },
            }));
        }

        return Success(AesEncrypt(session.Sek, Encoding.UTF8.GetBytes(issued.ToResponse().ToJsonString(IrpEmulatorJson.Options))));
    }

    private static IResult GetByIrn(string irn, HttpRequest request, IrpEmulatorSessions sessions, IrpRegistry registry, TimeProvider time)
    {
        if (Authorize(request, sessions) is not { } session)
        {
            return Error("1005", "Invalid Token");
        }

        if (registry.Find(irn.ToLowerInvariant()) is not { } issued)
        {
            return Error("2148", "Requested IRN data is not available");
        }

        if (time.GetUtcNow().ToIst().DateTime - issued.Registration.AckDt > FetchWindow)
        {
            return Error("2283", "IRN details cannot be provided as it is generated more than 2 days prior");
        }

        // As at NIC, only the supplier that generated an IRN may fetch it.
        return !string.Equals(issued.SellerGstin, session.Gstin, StringComparison.OrdinalIgnoreCase)
            ? Error("2143", "Invoice does not belongs to the user GSTIN")
            : Success(AesEncrypt(session.Sek, Encoding.UTF8.GetBytes(issued.ToResponse().ToJsonString(IrpEmulatorJson.Options))));
    }

    private static EmulatedSession? Authorize(HttpRequest request, IrpEmulatorSessions sessions) =>
        HasClientCredentials(request)
            ? sessions.Find(Header(request, "AuthToken"), Header(request, "Gstin"), Header(request, "user_name"))
            : null;

    private static bool HasClientCredentials(HttpRequest request) =>
        Header(request, "client_id") == IrpEmulatorOptions.ClientId && Header(request, "client_secret") == IrpEmulatorOptions.ClientSecret;

    private static string? Header(HttpRequest request, string name) =>
        request.Headers[name].ToString() is { Length: > 0 } value ? value : null;

    private static JsonElement Property(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return property.Value;
                }
            }
        }

        return default;
    }

    private static string? Text(JsonElement element, string name) =>
        Property(element, name) is { ValueKind: JsonValueKind.String } value && value.GetString() is { Length: > 0 } text ? text : null;

    // The credentials are base64 of a JSON object, RSA-encrypted with the IRP's public key, then base64 again.
    private static JsonElement? ReadCredentials(IrpEmulatorKey key, string data)
    {
        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(Encoding.ASCII.GetString(key.Decrypt(data))));
            return document.RootElement.Clone();
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private static bool TryDecodeAppKey(string? base64, out byte[] appKey)
    {
        appKey = [];
        try
        {
            appKey = base64 is null ? [] : Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return false;
        }

        return appKey.Length == 32;
    }

    private static string AesEncrypt(byte[] key, byte[] plaintext)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return Convert.ToBase64String(aes.EncryptEcb(plaintext, PaddingMode.PKCS7));
    }

    private static byte[] AesDecrypt(byte[] key, string base64)
    {
        using var aes = Aes.Create();
        aes.Key = key;
        return aes.DecryptEcb(Convert.FromBase64String(base64), PaddingMode.PKCS7);
    }

    private static IResult Success(JsonNode data) =>
        Results.Json(new JsonObject { ["Status"] = 1, ["Data"] = data, ["ErrorDetails"] = null, ["InfoDtls"] = null }, IrpEmulatorJson.Options);

    private static IResult Error(string code, string message, JsonArray? info = null) => Results.Json(new JsonObject
    {
        ["Status"] = 0,
        ["Data"] = null,
        ["ErrorDetails"] = new JsonArray(new JsonObject { ["ErrorCode"] = code, ["ErrorMessage"] = message }),
        ["InfoDtls"] = info,
    }, IrpEmulatorJson.Options);
}
