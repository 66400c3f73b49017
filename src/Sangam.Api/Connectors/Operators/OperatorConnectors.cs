using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Operators.Airtel;
using Sangam.Api.Platform.Hosting;

namespace Sangam.Api.Connectors.Operators;

public static class OperatorConnectors
{
    /// <summary>
    /// Registers the operators this server may ask, in the order new numbers are offered to them. Another operator
    /// (Jio, Vi) plugs in here as one more <see cref="IOperatorConnector"/>; the features need no change.
    /// </summary>
    public static IHostApplicationBuilder AddOperatorConnectors(this IHostApplicationBuilder builder)
    {
        builder.Services.AddTransient<OperatorDirectory>();
        var isSandbox = (builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions()).IsSandbox;
        if (AirtelOptions.IsWanted(builder.Configuration, isSandbox))
        {
            builder.Services.AddAirtelLocate();
        }

        return builder;
    }

    private static void AddAirtelLocate(this IServiceCollection services)
    {
        services.AddOptions<AirtelOptions>().BindConfiguration(AirtelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<AirtelOptions>, AirtelSandboxDefaults>();
        services.AddSingleton<IValidateOptions<AirtelOptions>, AirtelOptionsValidation>();
        services.AddSingleton<AirtelTokenCache>();
        services.AddHttpClient<AirtelLocateConnector>((provider, client) =>
            {
                var configured = provider.GetRequiredService<IOptions<AirtelOptions>>().Value.BaseUrl;
                client.BaseAddress = configured is { Length: > 0 }
                    ? new Uri(configured.TrimEnd('/') + "/")
                    : provider.GetRequiredService<IOptions<PlatformOptions>>().Value.IsSandbox
                        ? provider.GetRequiredService<Platform.Sandbox.SelfAddress>().For("sandbox/airtel/")
                        : new Uri(AirtelOptions.ProductionBaseUrl);
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline times calls out
            })
            .RemoveAllLoggers() // request URIs carry the MSISDN
            .AddOperatorResilience<AirtelOptions>("airtel");
        services.AddTransient<IOperatorConnector>(provider => provider.GetRequiredService<AirtelLocateConnector>());
    }
}
