using Microsoft.Extensions.Options;

namespace Sangam.Api.Connectors.Ulip;

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
