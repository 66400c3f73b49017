using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Connectors;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Data;
using Sangam.Api.Hosting;
using Sangam.Sandbox;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Sandbox mode in one place: the emulators and their fault knobs, connectors pointed at the emulators, the
/// emulators' credentials, a generated signing key, the demo account and every sandbox dataset. Production
/// registers none of it; nothing outside this folder asks which mode the server is in, except the rules that
/// refuse sandbox keys and weak password hashing in production.
/// </summary>
public static class SandboxHosting
{
    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SelfAddress>();
        if (!PlatformOptions.IsSandboxMode(builder.Configuration))
        {
            return builder;
        }

        SandboxSettings.AddDefaults(builder.Configuration);
        var services = builder.Services;
        services.AddEmulators();
        services.AddSingleton<IUpstreamAddresses, EmulatorAddresses>();
        services.AddSingleton<IPostConfigureOptions<UlipOptions>, SandboxUlipCredentials>();
        services.AddSingleton<IPostConfigureOptions<AuthOptions>, SandboxSigningKey>();
        services.AddScoped<IStartupSeed, DemoAccountSeed>();
        // Sandbox:Mca:SeedRegistry=false leaves the registry empty, for a sandbox that does not need the companies.
        if (builder.Configuration.GetValue("Sandbox:Mca:SeedRegistry", defaultValue: true))
        {
            services.AddScoped<IStartupSeed, SandboxRegistrySeed>();
        }

        services.AddSandboxEInvoices();
        return builder;
    }

    public static WebApplication MapSandbox(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<PlatformOptions>>().Value.IsSandbox)
        {
            app.MapEmulators();
        }

        return app;
    }
}
