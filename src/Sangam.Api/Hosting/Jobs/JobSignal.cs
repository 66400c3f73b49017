namespace Sangam.Api.Hosting.Jobs;

/// <summary>
/// Wakes this node's idle workers of one kind of database job when a job is queued here; workers also poll, so
/// that jobs queued on other nodes (or left by a node that died) are taken up too.
/// </summary>
public abstract class JobSignal : IDisposable
{
    private readonly SemaphoreSlim _queued = new(0);

    public virtual void JobQueued()
    {
        if (_queued.CurrentCount == 0)
        {
            _queued.Release();
        }
    }

    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _queued.WaitAsync(timeout, cancellationToken);

    public void Dispose()
    {
        _queued.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The loop every job worker runs: take a job, or wait for a signal or the poll interval; never spin on failures.</summary>
internal static class JobLoop
{
    /// <param name="runOne">Runs one job if one can be claimed; false when there was none.</param>
    /// <param name="signal">Wakes the loop when a job is queued on this node.</param>
    /// <param name="pollInterval">The longest wait between looks at the queue, and the pause after a failure.</param>
    /// <param name="loopFailed">Logs a failure of the loop itself (the database unreachable or similar).</param>
    /// <param name="stoppingToken">Ends the loop.</param>
    public static async Task RunAsync(
        Func<CancellationToken, Task<bool>> runOne, JobSignal signal, TimeSpan pollInterval, Action<Exception> loopFailed, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (!await runOne(stoppingToken))
                {
                    await signal.WaitAsync(pollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                loopFailed(e);
                await Task.Delay(pollInterval, stoppingToken);
            }
        }
    }
}
