using Microsoft.Extensions.Options;
using Sangam.Api.Platform.Hosting;
using Sangam.Sandbox.Ulip;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>In sandbox mode, fills in the emulator's credentials unless real ones are configured.</summary>
internal sealed class UlipSandboxCredentials(IOptions<PlatformOptions> platform) : IPostConfigureOptions<UlipOptions>
{
    public void PostConfigure(string? name, UlipOptions options)
    {
        if (platform.Value.IsSandbox && options.BaseUrl is null && !options.HasCredentials)
        {
            options.Username = UlipEmulatorOptions.DefaultUsername;
            options.Password = UlipEmulatorOptions.DefaultPassword;
        }
    }
}

/// <summary>Checks what data annotations cannot: timeouts that fit together and credentials that come with a base URL.</summary>
internal sealed class UlipOptionsValidation : IValidateOptions<UlipOptions>
{
    public ValidateOptionsResult Validate(string? name, UlipOptions options)
    {
        var failures = new List<string>();
        if (options.AttemptTimeout > options.TotalTimeout)
        {
            failures.Add("Ulip:AttemptTimeout must not exceed Ulip:TotalTimeout.");
        }

        if (options.BaseUrl is { IsAbsoluteUri: false })
        {
            failures.Add("Ulip:BaseUrl must be an absolute URL, e.g. https://www.ulip.dpiit.gov.in/.");
        }

        if (options.BaseUrl is not null && !options.HasCredentials)
        {
            failures.Add("Ulip:BaseUrl is set but Ulip:Username or Ulip:Password is missing.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
