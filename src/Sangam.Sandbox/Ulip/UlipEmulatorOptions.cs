namespace Sangam.Sandbox.Ulip;

/// <summary>Configuration section <c>Sandbox:Ulip</c> of the ULIP emulator.</summary>
public sealed class UlipEmulatorOptions
{
    public const string Section = "Sandbox:Ulip";

    /// <summary>The sandbox's well-known ULIP credentials; a connector in sandbox mode uses them unless told otherwise.</summary>
    public const string DefaultUsername = "sangam-sandbox";

    public const string DefaultPassword = "ulip-sandbox-password";

    public string Username { get; set; } = DefaultUsername;

    public string Password { get; set; } = DefaultPassword;

    /// <summary>How long a login token works before the emulator answers 403, as ULIP does with expired tokens.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Seed of the generated dataset: the same seed always gives the same vehicles, licences and tags.</summary>
    public int Seed { get; set; } = 20240601;
}
