using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Platform.Errors;
using Sangam.Api.Platform.Metering;
using Sangam.Api.Verification.Caching;

namespace Sangam.Api.Verification;

/// <summary>
/// Turns a looked-up answer into the response: the envelope, <c>X-Cache: HIT|MISS</c> (and <c>Age</c> on hits),
/// what metering records, and the 502/504 envelope when the upstream failed.
/// </summary>
public static class LookupResponses
{
    public const string CacheHeader = "X-Cache";

    /// <summary>True when the caller sent <c>Cache-Control: no-cache</c>: answer from a fresh upstream call.</summary>
    public static bool WantsFreshAnswer(this HttpContext http) =>
        CacheControlHeaderValue.TryParse(http.Request.Headers.CacheControl.ToString(), out var cacheControl) && cacheControl.NoCache;

    public static async Task<Results<Ok<TEnvelope>, ApiError>> RespondAsync<TEnvelope>(
        HttpContext http, Task<CachedAnswer> lookup, Func<UlipAnswer, TEnvelope> envelope)
    {
        CachedAnswer result;
        try
        {
            result = await lookup;
        }
        catch (UpstreamException e)
        {
            http.Outcome().UpstreamOutcome = e.TimedOut ? "timeout" : "failed";
            return e.ToApiError();
        }

        http.RecordLookup(result.CacheHit, result.Answer.Found, result.FetchedAt);
        return TypedResults.Ok(envelope(result.Answer));
    }

    /// <summary>Sets the cache headers and what metering records for an answered lookup.</summary>
    public static void RecordLookup(this HttpContext http, bool cacheHit, bool found, DateTimeOffset fetchedAt)
    {
        var outcome = http.Outcome();
        outcome.CacheHit = cacheHit;
        outcome.UpstreamOutcome = cacheHit ? null : found ? "ok" : "not_found";
        http.Response.Headers[CacheHeader] = cacheHit ? "HIT" : "MISS";
        if (cacheHit)
        {
            var age = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow() - fetchedAt;
            http.Response.Headers.Age = Math.Max(0, (long)age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }
}
