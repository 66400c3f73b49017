using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Sangam.Sandbox.Faults;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip;

/// <summary>
/// The ULIP emulator under <c>/sandbox/ulip</c>: the same paths, login, token handling (403 once a token expires),
/// envelope, answers and refusals as <c>www.ulip.dpiit.gov.in</c> (the real answers NLDSL documents and integrators
/// have captured are its reference), over <see cref="UlipDataset"/>. Fault knobs: <c>ulip</c> for every call, and
/// <c>ulip-login</c>, <c>ulip-vahan</c>, <c>ulip-sarathi</c>, <c>ulip-fastag</c>, <c>ulip-echallan</c> for one of them;
/// their <c>DownRate</c> answers ULIP's "3rd party service is down!" item. <c>GET /_stats</c> counts what reached it,
/// <c>DELETE /_sessions</c> expires every token and <c>GET /_dataset</c> lists the vehicles and licences.
/// </summary>
public static class UlipEmulator
{
    public const string FaultName = "ulip";

    public static IServiceCollection AddUlipEmulator(this IServiceCollection services)
    {
        services.AddOptions<UlipEmulatorOptions>().BindConfiguration(UlipEmulatorOptions.Section);
        services.AddSingleton<UlipSessions>();
        services.AddSingleton<UlipEmulatorStats>();
        services.AddSingleton<UlipDataset>();
        return services;
    }

    public static IEndpointRouteBuilder MapUlipEmulator(this IEndpointRouteBuilder sandbox)
    {
        var ulip = sandbox.MapGroup("/ulip");
        var protocol = ulip.MapGroup(UlipProtocol.Version).AddEndpointFilter(async (context, next) =>
            UlipProtocol.AcceptsJson(context.HttpContext.Request) ? await next(context) : UlipProtocol.Bodiless400(context.HttpContext));
        protocol.MapPost("/user/login", Login).WithFaults(FaultName, isLogin: true).WithFaults(FaultName + "-login");

        protocol.MapPost("/VAHAN/01", UlipServiceHandlers.Vahan).AsService("VAHAN/01");
        protocol.MapPost("/VAHAN/04", UlipServiceHandlers.VahanDetails).AsService("VAHAN/04");
        protocol.MapPost("/SARATHI/01", UlipServiceHandlers.Sarathi).AsService("SARATHI/01");
        protocol.MapPost("/FASTAG/01", UlipServiceHandlers.FastagCrossings).AsService("FASTAG/01");
        protocol.MapPost("/FASTAG/02", UlipServiceHandlers.FastagTagDetails).AsService("FASTAG/02");
        protocol.MapPost("/ECHALLAN/01", UlipServiceHandlers.Echallan).AsService("ECHALLAN/01");

        ulip.MapGet("/_stats", (UlipEmulatorStats stats) => TypedResults.Ok(stats.Snapshot()));
        ulip.MapDelete("/_stats", (UlipEmulatorStats stats) =>
        {
            stats.Reset();
            return TypedResults.NoContent();
        });
        ulip.MapDelete("/_sessions", (UlipSessions sessions) =>
        {
            sessions.RevokeAll();
            return TypedResults.NoContent();
        });
        ulip.MapGet("/_dataset", (UlipDataset dataset) => TypedResults.Ok(DatasetListing.Of(dataset)));
        return sandbox;
    }

    // ULIP answers 412 to a user it does not know (as to an address it has not allow-listed) and 401 to a wrong password.
    private static async Task<IResult> Login(HttpRequest request, UlipSessions sessions, UlipEmulatorStats stats, IOptions<UlipEmulatorOptions> options)
    {
        stats.CountLogin();
        var body = await UlipProtocol.ReadObjectAsync(request);
        if (body?.Text("username") != options.Value.Username)
        {
            return UlipProtocol.AccessDenied();
        }

        if (body.Text("password") != options.Value.Password)
        {
            return UlipProtocol.Failure(StatusCodes.Status401Unauthorized, "Invalid username or password");
        }

        return Results.Json(new JsonObject
        {
            ["response"] = new JsonObject { ["id"] = sessions.Issue(), ["username"] = options.Value.Username },
            ["error"] = "false",
            ["code"] = "200",
            ["message"] = "Success",
        });
    }

    // The handlers are mapped where they are named (so their request delegates are generated at compile time); this
    // adds what every ULIP service shares: call counting, fault knobs and the session check.
    private static void AsService(this RouteHandlerBuilder endpoint, string service)
    {
        var knob = $"{FaultName}-{service.Split('/')[0].ToLowerInvariant()}";
        endpoint
            .AddEndpointFilter(async (context, next) =>
            {
                using var call = context.HttpContext.RequestServices.GetRequiredService<UlipEmulatorStats>().Enter(service);
                return await next(context);
            })
            .WithFaults(FaultName)
            .WithFaults(knob)
            .AddEndpointFilter(async (context, next) =>
            {
                var services = context.HttpContext.RequestServices;
                if (!services.GetRequiredService<UlipSessions>().IsValid(context.HttpContext.Request.Headers.Authorization))
                {
                    return UlipProtocol.Failure(StatusCodes.Status403Forbidden, "Forbidden: the token is missing, invalid or expired");
                }

                var faults = services.GetRequiredService<EmulatorFaults>();
                var down = Math.Max(faults.For(FaultName).DownRate, faults.For(knob).DownRate);
                return down > 0 && Random.Shared.NextDouble() < down ? UlipProtocol.ThirdPartyDown(service) : await next(context);
            });
    }
}
