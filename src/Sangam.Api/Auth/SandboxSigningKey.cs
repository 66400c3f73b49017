using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Sangam.Api.Platform.Hosting;
using Sangam.Sandbox;

namespace Sangam.Api.Auth;

/// <summary>
/// In sandbox mode without a configured key, generates a random key once and keeps it in the data directory, so
/// tokens survive restarts and no key ever lives in the repository. Production never uses it.
/// </summary>
internal sealed class SandboxSigningKey(IOptions<PlatformOptions> platform) : IPostConfigureOptions<AuthOptions>
{
    public const string IdPrefix = "sandbox-";

    public void PostConfigure(string? name, AuthOptions options)
    {
        if (!platform.Value.IsSandbox || options.SigningKeys.Count > 0)
        {
            return;
        }

        var path = Path.Combine(platform.Value.ResolveDataDirectory(), "sandbox-signing-key");
        var secret = GeneratedFile.ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        options.SigningKeys.Add(new SigningKeyOptions { Id = IdPrefix + "local", Secret = secret.Trim() });
    }
}
