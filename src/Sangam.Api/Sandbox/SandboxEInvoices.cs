using Sangam.Api.Connectors.Irp;
using Sangam.Api.Data;
using Sangam.Api.Hosting;
using Sangam.India.EInvoicing;
using Sangam.Sandbox.Irp;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Sandbox mode for e-invoices: the IRP emulator's dataset is about the demo account's GSTINs, the IRP connector
/// talks to the emulator with its sandbox credentials, the emulator's public key is trusted like NIC's, and the
/// demo account's store is seeded from the dataset.
/// </summary>
internal static class SandboxEInvoices
{
    public const string EmulatorKeyName = "sangam_sandbox_irp";

    public static IServiceCollection AddSandboxEInvoices(this IServiceCollection services)
    {
        services.PostConfigure<IrpEmulatorOptions>(emulator =>
        {
            if (emulator.DatasetTaxpayers.Count == 0)
            {
                emulator.DatasetTaxpayers = [.. DemoAccount.Gstins.Select(gstin => new SandboxTaxpayer { Gstin = gstin, LegalName = DemoAccount.Name })];
            }
        });
        services.AddOptions<IrpOptions>().PostConfigure<IrpEmulatorKey>((irp, key) =>
        {
            if (irp.BaseUrl is not null)
            {
                return;
            }

            irp.ClientId ??= IrpEmulatorOptions.ClientId;
            irp.ClientSecret ??= IrpEmulatorOptions.ClientSecret;
            irp.PublicKeyPemSource ??= () => key.PublicKeyPem;
            if (irp.Users.Count == 0)
            {
                irp.Users.Add(new IrpUserOptions { Gstin = IrpUserOptions.AnyGstin, UserName = "sandbox", Password = IrpEmulatorOptions.Password });
            }
        });
        services.AddScoped<IStartupSeed, SandboxEInvoiceSeed>();
        services.AddSingleton<INicKeySource, EmulatorKeySource>();
        return services.AddNicKeyStore();
    }

    /// <summary>E-invoices the emulator signs verify like NIC's, by the emulator's kid.</summary>
    private sealed class EmulatorKeySource(IrpEmulatorKey emulator) : INicKeySource
    {
        public void AddTo(NicKeyStore keys) => keys.Add(emulator.Kid, EmulatorKeyName, emulator.Key);
    }
}
