namespace Sangam.Sandbox.Irp;

/// <summary>Configuration section <c>Sandbox:Irp</c> of the IRP emulator.</summary>
public sealed class IrpEmulatorOptions
{
    public const string Section = "Sandbox:Irp";

    /// <summary>The emulator's client credentials and user password: sandbox values, never valid at a real IRP.</summary>
    public const string ClientId = "SANGAM-SANDBOX-IRP";
    public const string ClientSecret = "sandbox-irp-secret";
    public const string Password = "sandbox-irp-password";

    /// <summary>The emulator's signing key (PKCS#8 PEM), generated at first start. Default: <c>sandbox-irp-key.pem</c> in the data directory.</summary>
    public string? KeyFile { get; set; }

    /// <summary>E-invoices of the built-in dataset per month (0: no dataset).</summary>
    public int InvoicesPerMonth { get; set; } = 200;

    /// <summary>Months the dataset covers: the ones before the current month (IST).</summary>
    public int DatasetMonths { get; set; } = 12;

    /// <summary>Seed of the dataset's random choices; the same seed gives the same documents.</summary>
    public int DatasetSeed { get; set; } = 20240401;

    /// <summary>The taxpayers the dataset is about: each sells to and buys from generated counterparties.</summary>
    public List<SandboxTaxpayer> DatasetTaxpayers { get; set; } = [];
}

/// <summary>A taxpayer of the sandbox dataset.</summary>
public sealed class SandboxTaxpayer
{
    public string Gstin { get; set; } = "";

    public string LegalName { get; set; } = "";
}
