using Microsoft.Extensions.Options;
using Sangam.Api.Data;
using Sangam.Api.Platform.Hosting;
using Sangam.Sandbox;

namespace Sangam.Api.Platform.Sandbox;

public static class SandboxHosting
{
    /// <summary>In sandbox mode: the emulators, their fault knobs and the demo account. Nothing in production.</summary>
    public static IHostApplicationBuilder AddSandbox(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SelfAddress>();
        if (IsSandbox(builder.Configuration))
        {
            builder.Services.AddEmulators();
            builder.Services.AddSingleton<IStartupSeed, DemoAccountSeed>();
        }

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

    private static bool IsSandbox(IConfiguration configuration) =>
        (configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions()).IsSandbox;
}
