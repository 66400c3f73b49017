using Xunit;

namespace Sangam.Testing;

/// <summary>
/// The one sandbox server of a test process that every test class shares unless it moves the clock, turns fault
/// knobs, changes global data (the company registry) or needs settings of its own. Tests own their data (each
/// creates its accounts, drivers and e-invoices), so classes run side by side on it. Starting a server costs seconds
/// of CPU (migrations, seeds, the EF model); sharing one is most of what keeps the suite short.
/// </summary>
public sealed class SharedServer : IAsyncLifetime
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Shared? s_server;

    private SangamServer? _server;

    public SangamServer Server => _server ?? throw new InvalidOperationException("The shared server is not started.");

    public async Task InitializeAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (s_server is null)
            {
                var server = new Shared();
                await server.InitializeAsync();
                s_server = server;
                // xunit 2 has no assembly-wide fixture: the server lives until the test process ends.
                AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().Wait(TimeSpan.FromSeconds(10));
            }
        }
        finally
        {
            Gate.Release();
        }

        _server = s_server;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private sealed class Shared : SangamServer
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Sandbox:Mca:SeedRegistry"] = "true",
        };
    }
}
