using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Sangam.Api.Hosting;

namespace Sangam.Api.Auth;

/// <summary>
/// Password hashing settings, from configuration section <c>Auth</c> like the rest of authentication but apart from
/// <see cref="AuthOptions"/>, whose signing keys the operator commands (which hash passwords) do not need.
/// </summary>
public sealed class PasswordOptions
{
    public const int MinimumProductionIterations = 100_000;

    /// <summary>
    /// PBKDF2-HMAC-SHA512 iterations of new password hashes. Each hash records its own count, so raising it never
    /// invalidates stored passwords.
    /// </summary>
    [Range(1, 10_000_000)]
    public int PasswordHashIterations { get; set; } = MinimumProductionIterations;
}

/// <summary>Production refuses a hashing cost below <see cref="PasswordOptions.MinimumProductionIterations"/>.</summary>
internal sealed class PasswordOptionsValidation(IOptions<PlatformOptions> platform) : IValidateOptions<PasswordOptions>
{
    public ValidateOptionsResult Validate(string? name, PasswordOptions options) =>
        !platform.Value.IsSandbox && options.PasswordHashIterations < PasswordOptions.MinimumProductionIterations
            ? ValidateOptionsResult.Fail($"Auth:PasswordHashIterations must be at least {PasswordOptions.MinimumProductionIterations} in production.")
            : ValidateOptionsResult.Success;
}
