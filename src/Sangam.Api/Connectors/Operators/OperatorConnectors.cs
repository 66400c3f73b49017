using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.Operators.Airtel;

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
        if (AirtelOptions.IsWanted(builder.Configuration))
        {
            builder.Services.AddAirtelLocate();
        }

        return builder;
    }

    private static void AddAirtelLocate(this IServiceCollection services)
    {
        services.AddOptions<AirtelOptions>().BindConfiguration(AirtelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<AirtelOptions>, AirtelOptionsValidation>();
        services.AddSingleton<AirtelTokenCache>();
        services.AddUpstreamAddresses();
        services.AddHttpClient<AirtelLocateConnector>((provider, client) =>
            {
                var configured = provider.GetRequiredService<IOptions<AirtelOptions>>().Value.BaseUrl;
                client.BaseAddress = provider.GetRequiredService<IUpstreamAddresses>().BaseAddress(
                    AirtelOptions.Upstream, configured is { Length: > 0 } ? new Uri(configured) : null, new Uri(AirtelOptions.ProductionBaseUrl));
                client.Timeout = Timeout.InfiniteTimeSpan; // the resilience pipeline times calls out
            })
            .RemoveAllLoggers() // request URIs carry the MSISDN
            .AddOperatorResilience<AirtelOptions>("airtel");
        services.AddTransient<IOperatorConnector>(provider => provider.GetRequiredService<AirtelLocateConnector>());
    }
}
