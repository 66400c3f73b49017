using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Sangam.Sandbox.Airtel;
using Sangam.Sandbox.DataGovIn;
using Sangam.Sandbox.Faults;
using Sangam.Sandbox.Irp;
using Sangam.Sandbox.Ulip;

namespace Sangam.Sandbox;

/// <summary>Request body of <c>PUT /sandbox/_faults/{emulator}</c>.</summary>
public sealed record FaultSettings(double? LatencyMs, double? ErrorRate, int? ErrorStatus, double? TimeoutRate, double? DownRate, double? LoginLatencyMs);

/// <summary>
/// The emulators of every upstream, mapped under <c>/sandbox/</c> by a host in sandbox mode. Each emulator speaks
/// its upstream's real protocol, so the platform's connectors run unchanged against them.
/// </summary>
public static class SandboxEndpoints
{
    public const string Prefix = "/sandbox";

    public static IServiceCollection AddEmulators(this IServiceCollection services)
    {
        services.AddSingleton<EmulatorFaults>();
        services.AddUlipEmulator();
        services.AddIrpEmulator();
        services.AddAirtelEmulator();
        return services;
    }

    public static IEndpointRouteBuilder MapEmulators(this IEndpointRouteBuilder app)
    {
        var sandbox = app.MapGroup(Prefix).ExcludeFromDescription();
        sandbox.MapDataGovIn();

        sandbox.MapGet("/_faults/{emulator}", (string emulator, EmulatorFaults faults) => TypedResults.Ok(faults.For(emulator)));
        sandbox.MapPut("/_faults/{emulator}", (string emulator, FaultSettings settings, EmulatorFaults faults) =>
        {
            var profile = new FaultProfile
            {
                Latency = TimeSpan.FromMilliseconds(settings.LatencyMs ?? 0),
                ErrorRate = Math.Clamp(settings.ErrorRate ?? 0, 0, 1),
                ErrorStatus = settings.ErrorStatus ?? 502,
                TimeoutRate = Math.Clamp(settings.TimeoutRate ?? 0, 0, 1),
                DownRate = Math.Clamp(settings.DownRate ?? 0, 0, 1),
                LoginLatency = TimeSpan.FromMilliseconds(settings.LoginLatencyMs ?? 0),
            };
            faults.Set(emulator, profile);
            return TypedResults.Ok(profile);
        });
        sandbox.MapDelete("/_faults", (EmulatorFaults faults) =>
        {
            faults.Reset();
            return TypedResults.NoContent();
        });
        sandbox.MapUlipEmulator();
        sandbox.MapIrpEmulator();
        sandbox.MapAirtelEmulator();
        return app;
    }
}
