using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Hosting;
using Sangam.Sandbox;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Without a configured key, generates a random key once and keeps it in the data directory, so
/// tokens survive restarts and no key ever lives in the repository. Production never uses it.
/// </summary>
internal sealed class SandboxSigningKey(IOptions<PlatformOptions> platform) : IPostConfigureOptions<AuthOptions>
{
    public void PostConfigure(string? name, AuthOptions options)
    {
        if (options.SigningKeys.Count > 0)
        {
            return;
        }

        var path = Path.Combine(platform.Value.ResolveDataDirectory(), "sandbox-signing-key");
        var secret = GeneratedFile.ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(48)));
        options.SigningKeys.Add(new SigningKeyOptions { Id = SigningKeyOptions.SandboxIdPrefix + "local", Secret = secret.Trim() });
    }
}
