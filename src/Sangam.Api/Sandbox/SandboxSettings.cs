using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Connectors.DataGovIn;
using Sangam.Api.Connectors.Operators.Airtel;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Webhooks;
using Sangam.Sandbox.Airtel;
using Sangam.Sandbox.Ulip;

namespace Sangam.Api.Sandbox;

/// <summary>
/// What sandbox mode changes in the other parts' settings, as defaults beneath everything configured: the emulators'
/// credentials, and webhooks allowed to reach a developer's own machine over http.
/// </summary>
internal static class SandboxSettings
{
    public static void AddDefaults(IConfigurationBuilder configuration) =>
        // First source, so appsettings, environment variables and the command line still win.
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                [$"{AirtelOptions.Section}:{nameof(AirtelOptions.CustomerBaId)}"] = AirtelSandboxAccount.CustomerBaId,
                [$"{AirtelOptions.Section}:{nameof(AirtelOptions.ClientId)}"] = AirtelSandboxAccount.ClientId,
                [$"{AirtelOptions.Section}:{nameof(AirtelOptions.ClientSecret)}"] = AirtelSandboxAccount.ClientSecret,
                [$"{DataGovInOptions.Section}:{nameof(DataGovInOptions.ApiKey)}"] = "sandbox",
                [$"{WebhookOptions.Section}:{nameof(WebhookOptions.AllowPrivateAddresses)}"] = "true",
                [$"{WebhookOptions.Section}:{nameof(WebhookOptions.AllowHttp)}"] = "true",
            },
        });
}

/// <summary>ULIP's emulator credentials, unless a ULIP address or credentials are configured (then they must be complete).</summary>
internal sealed class SandboxUlipCredentials : IPostConfigureOptions<UlipOptions>
{
    public void PostConfigure(string? name, UlipOptions options)
    {
        if (options.BaseUrl is null && !options.HasCredentials)
        {
            options.Username = UlipEmulatorOptions.DefaultUsername;
            options.Password = UlipEmulatorOptions.DefaultPassword;
        }
    }
}
