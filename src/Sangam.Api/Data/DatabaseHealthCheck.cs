using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sangam.Api.Data;

/// <summary>
/// Readiness: the database answers. Load balancers probe every node often, and a question to the database costs far
/// more than the probe itself, so an answer is reused for <see cref="AnswerLifetime"/>; probes that arrive while the
/// database is being asked wait for that one question.
/// </summary>
internal sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan AnswerLifetime = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private Task<HealthCheckResult>? _answer;
    private long _askedAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_answer is null || (_answer.IsCompleted && time.GetElapsedTime(_askedAt) >= AnswerLifetime))
            {
                _askedAt = time.GetTimestamp();
                _answer = AskAsync();
            }

            return _answer.WaitAsync(cancellationToken);
        }
    }

    // Not cancelled with the probe that started it: other probes wait for the same answer.
    private async Task<HealthCheckResult> AskAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        return await db.Database.CanConnectAsync(CancellationToken.None)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database does not answer.");
    }
}
