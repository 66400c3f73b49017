namespace Sangam.Api.Hosting;

public enum PlatformMode
{
    /// <summary>Emulators of every upstream are mapped under <c>/sandbox/</c>, connectors point at them, a demo account is seeded.</summary>
    Sandbox,

    /// <summary>Real upstreams, no emulators, no demo data; refuses to start without real signing keys.</summary>
    Production,
}

/// <summary>Configuration section <c>Sangam</c>: how this server runs.</summary>
public sealed class PlatformOptions
{
    public const string Section = "Sangam";

    /// <summary>Production unless configured otherwise, so a forgotten setting never exposes emulators or demo logins.</summary>
    public PlatformMode Mode { get; set; } = PlatformMode.Production;

    /// <summary>Where the SQLite database and generated sandbox files live; relative paths are resolved against the working directory.</summary>
    public string DataDirectory { get; set; } = "data";

    public bool IsSandbox => Mode == PlatformMode.Sandbox;

    /// <summary>The mode while services are still being registered, before options can be resolved.</summary>
    public static bool IsSandboxMode(IConfiguration configuration) =>
        (configuration.GetSection(Section).Get<PlatformOptions>() ?? new PlatformOptions()).IsSandbox;

    public string ResolveDataDirectory() => Path.GetFullPath(DataDirectory);
}
