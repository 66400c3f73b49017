namespace Sangam.Api.Mca.Import;

/// <summary>One import at a time per server: two would only compete for the same rows and the same disk.</summary>
public sealed class RegistryImportGate : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public bool TryEnter() => _gate.Wait(0);

    public void Exit() => _gate.Release();

    public void Dispose() => _gate.Dispose();
}
