using Sangam.Api.Connectors;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Sandbox mode's upstream addresses: the configured URL, else this server's emulator of the upstream
/// (<c>/sandbox/{upstream}/</c>), so connectors call the emulators over real HTTP exactly as they call production.
/// </summary>
internal sealed class EmulatorAddresses(SelfAddress self) : IUpstreamAddresses
{
    public Uri? BaseAddress(string upstream, Uri? configured, Uri? production) =>
        ConfiguredUpstreamAddresses.WithTrailingSlash(configured) ?? self.For($"sandbox/{upstream}/");
}
