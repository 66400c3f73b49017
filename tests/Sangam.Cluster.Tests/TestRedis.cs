using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Sangam.Cluster.Tests;

/// <summary>
/// The Redis the cluster tests use: the one <c>./test.sh</c> starts (<c>SANGAM_TEST_REDIS</c>), or one of a test's
/// own that it can stop and start again. Missing Redis fails the tests with what to do; it is never skipped.
/// </summary>
public static class TestRedis
{
    public const string Variable = "SANGAM_TEST_REDIS";

    /// <summary>The shared test Redis (<c>host:port</c>).</summary>
    public static string Shared => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
        ? configured
        : throw new InvalidOperationException(
            $"The cluster tests need Redis: set {Variable}=127.0.0.1:<port> (./test.sh starts one), e.g. after " +
            "`redis-server --port 6391 --save '' --appendonly no --daemonize yes`.");
}

/// <summary>A throwaway <c>redis-server</c> on a free loopback port that a test stops and starts again.</summary>
public sealed class RedisProcess : IAsyncDisposable
{
    private Process? _process;

    private RedisProcess(int port) => Port = port;

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public static async Task<RedisProcess> StartAsync()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var redis = new RedisProcess(port);
        await redis.StartAgainAsync();
        return redis;
    }

    /// <summary>Starts the server (again) on its port and waits until it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        try
        {
            _process = Process.Start(new ProcessStartInfo("redis-server", ["--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"])
            { RedirectStandardOutput = true, UseShellExecute = false })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("redis-server is not installed: `sudo apt-get install redis-server` (./test.sh installs it).", e);
        }

        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on port {Port} within 5 s.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
