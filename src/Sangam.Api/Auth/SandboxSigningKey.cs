using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Sangam.Api.Platform.Hosting;

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

        var directory = platform.Value.ResolveDataDirectory();
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "sandbox-signing-key");
        if (!File.Exists(path))
        {
            var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using var file = new FileStream(path, create);
            using var writer = new StreamWriter(file);
            writer.Write(secret);
        }

        options.SigningKeys.Add(new SigningKeyOptions { Id = IdPrefix + "local", Secret = File.ReadAllText(path).Trim() });
    }
}
