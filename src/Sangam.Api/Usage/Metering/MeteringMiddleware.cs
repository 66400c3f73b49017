using System.Diagnostics;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;

namespace Sangam.Api.Usage.Metering;

/// <summary>Records every authenticated call to a named endpoint (account, user, API, status, duration, cache, upstream).</summary>
public sealed class MeteringMiddleware(RequestDelegate next, UsageRecorder recorder, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            Record(context, started, failed);
        }
    }

    private void Record(HttpContext context, long started, bool failed)
    {
        if (context.FindCaller() is not { } caller
            || context.GetEndpoint() is not { } endpoint
            || endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is not { } name)
        {
            return;
        }

        var outcome = context.Features.Get<CallOutcome>();
        recorder.Record(new UsageEvent
        {
            AccountId = caller.AccountId,
            UserId = caller.UserId,
            ApiKeyId = caller.ApiKey?.Id,
            Api = name.EndpointName,
            Family = endpoint.Metadata.GetMetadata<ApiFamilyMetadata>()?.Family.WireName(),
            Status = failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode,
            DurationMs = (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds),
            CacheHit = outcome?.CacheHit,
            UpstreamOutcome = outcome?.Upstream?.WireName(),
            OccurredAt = time.GetUtcNow(),
        });
    }
}
