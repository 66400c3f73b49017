using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sangam.India.EInvoicing;

namespace Sangam.Api.Hosting;

/// <summary>Adds keys to the process's <see cref="NicKeyStore"/> when it is built (a configured PEM folder, an emulator's key).</summary>
public interface INicKeySource
{
    void AddTo(NicKeyStore keys);
}

/// <summary>
/// The one <see cref="NicKeyStore"/> of the process, shared by every feature that verifies NIC signatures (e-invoice QR
/// codes read by OCR, IRP responses): NIC's published keys plus what each registered <see cref="INicKeySource"/> adds.
/// </summary>
public static class NicKeys
{
    /// <summary>Registers the shared store; families may call it more than once.</summary>
    public static IServiceCollection AddNicKeyStore(this IServiceCollection services)
    {
        services.TryAddSingleton(provider =>
        {
            var keys = NicKeyStore.CreateWithNicKeys();
            foreach (var source in provider.GetServices<INicKeySource>())
            {
                source.AddTo(keys);
            }

            return keys;
        });
        return services;
    }

    /// <summary>Adds the PEM files of a folder named by <typeparamref name="TOptions"/> (none when it is null) to the shared store.</summary>
    public static IServiceCollection AddNicKeyFolder<TOptions>(this IServiceCollection services, Func<TOptions, string?> folder)
        where TOptions : class
    {
        services.AddSingleton<INicKeySource>(provider => new FolderSource(folder(provider.GetRequiredService<IOptions<TOptions>>().Value)));
        return services.AddNicKeyStore();
    }

    /// <summary>A configured folder must exist and hold only usable keys, so a bad one fails at start-up rather than on a request.</summary>
    public static ValidateOptionsResult ValidateFolder(string? folder, string setting)
    {
        if (folder is null)
        {
            return ValidateOptionsResult.Success;
        }

        if (!Directory.Exists(folder))
        {
            return ValidateOptionsResult.Fail($"{setting} '{folder}' does not exist.");
        }

        try
        {
            using var probe = new NicKeyStore();
            probe.LoadFolder(folder);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return ValidateOptionsResult.Fail($"{setting}: {e.Message}");
        }
    }

    private sealed class FolderSource(string? folder) : INicKeySource
    {
        public void AddTo(NicKeyStore keys)
        {
            if (folder is not null)
            {
                keys.LoadFolder(folder);
            }
        }
    }
}
