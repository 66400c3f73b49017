using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;

namespace Sangam.Api.Auth;

/// <summary>
/// Refuses to start with keys that would let anyone mint tokens: none configured, too short, not base64, or (in
/// production) the key a sandbox generates for itself.
/// </summary>
internal sealed class SigningKeyValidation(IOptions<PlatformOptions> platform) : IValidateOptions<AuthOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var failures = new List<string>();
        if (options.SigningKeys.Count == 0)
        {
            failures.Add("No signing key is configured. Set Auth:SigningKeys:0:Id and Auth:SigningKeys:0:Secret (base64 of 32+ random bytes, e.g. `openssl rand -base64 48`).");
        }

        foreach (var key in options.SigningKeys)
        {
            if (string.IsNullOrWhiteSpace(key.Id))
            {
                failures.Add("Every signing key needs an Id (it becomes the token's kid).");
            }

            if (SigningKeys.Decode(key.Secret) is not { Length: >= MinimumKeyBytes })
            {
                failures.Add($"Signing key '{key.Id}' must be base64 of at least {MinimumKeyBytes} bytes.");
            }

            if (!platform.Value.IsSandbox && key.Id.StartsWith(SigningKeyOptions.SandboxIdPrefix, StringComparison.Ordinal))
            {
                failures.Add($"Signing key '{key.Id}' is a sandbox key; production needs keys of its own.");
            }
        }

        if (options.SigningKeys.Select(k => k.Id).Distinct(StringComparer.Ordinal).Count() != options.SigningKeys.Count)
        {
            failures.Add("Signing key ids must be unique.");
        }

        if (options.ActiveKeyId is { } active && options.SigningKeys.All(k => k.Id != active))
        {
            failures.Add($"Auth:ActiveKeyId '{active}' is not one of the configured signing keys.");
        }

        if (options.AccessTokenLifetime <= TimeSpan.Zero || options.RefreshTokenLifetime <= options.AccessTokenLifetime)
        {
            failures.Add("Token lifetimes must be positive, and the refresh token must outlive the access token.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
