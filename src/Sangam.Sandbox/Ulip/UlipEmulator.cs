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
/// envelope and quirks as <c>www.ulip.dpiit.gov.in</c>, over <see cref="UlipDataset"/>. Fault knobs: <c>ulip</c>
/// for every call, and <c>ulip-login</c>, <c>ulip-vahan</c>, <c>ulip-sarathi</c>, <c>ulip-fastag</c>,
/// <c>ulip-echallan</c> for one of them. <c>GET /_stats</c> counts what reached it, <c>DELETE /_sessions</c> expires every token and
/// <c>GET /_dataset</c> lists the vehicles and licences.
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
        ulip.MapPost(UlipProtocol.Version + "/user/login", Login).WithFaults(FaultName, isLogin: true).WithFaults(FaultName + "-login");

        var services = ulip.MapGroup(UlipProtocol.Version);
        Service(services, "VAHAN/01", UlipServiceHandlers.Vahan);
        Service(services, "SARATHI/01", UlipServiceHandlers.Sarathi);
        Service(services, "FASTAG/01", UlipServiceHandlers.FastagCrossings);
        Service(services, "FASTAG/02", UlipServiceHandlers.FastagTagDetails);
        Service(services, "ECHALLAN/01", UlipServiceHandlers.Echallan);

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

    private static async Task<IResult> Login(HttpRequest request, UlipSessions sessions, UlipEmulatorStats stats, IOptions<UlipEmulatorOptions> options)
    {
        stats.CountLogin();
        var body = await UlipProtocol.ReadObjectAsync(request);
        if (body is null || body.Text("username") != options.Value.Username || body.Text("password") != options.Value.Password)
        {
            return UlipProtocol.Failure(StatusCodes.Status401Unauthorized, "Invalid username or password");
        }

        return Results.Json(new JsonObject
        {
            ["response"] = new JsonObject { ["id"] = sessions.Issue() },
            ["code"] = "200",
            ["message"] = "Success",
            ["error"] = "false",
        });
    }

    private static void Service(RouteGroupBuilder group, string service, Delegate handler) =>
        group.MapPost("/" + service, handler)
            .AddEndpointFilter(async (context, next) =>
            {
                using var call = context.HttpContext.RequestServices.GetRequiredService<UlipEmulatorStats>().Enter(service);
                return await next(context);
            })
            .WithFaults(FaultName)
            .WithFaults($"{FaultName}-{service.Split('/')[0].ToLowerInvariant()}")
            .AddEndpointFilter(async (context, next) =>
            {
                var sessions = context.HttpContext.RequestServices.GetRequiredService<UlipSessions>();
                return sessions.IsValid(context.HttpContext.Request.Headers.Authorization)
                    ? await next(context)
                    : UlipProtocol.Failure(StatusCodes.Status403Forbidden, "Forbidden: the token is missing, invalid or expired");
            });
}
