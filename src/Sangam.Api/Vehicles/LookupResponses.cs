using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using Sangam.Api.Connectors.Ulip;
using Sangam.Api.Http.Errors;
using Sangam.Api.Usage.Metering;
using Sangam.Api.Vehicles.Caching;

namespace Sangam.Api.Vehicles;

/// <summary>
/// Turns a looked-up answer into the response: the contract's payload in the endpoint's envelope,
/// <c>X-Cache: HIT|MISS</c> (and <c>Age</c> on hits), what metering records, and the error envelope when the
/// upstream failed.
/// </summary>
public static class LookupResponses
{
    public const string CacheHeader = "X-Cache";

    /// <summary>True when the caller sent <c>Cache-Control: no-cache</c>: answer from a fresh upstream call.</summary>
    public static bool WantsFreshAnswer(this HttpContext http) =>
        CacheControlHeaderValue.TryParse(http.Request.Headers.CacheControl.ToString(), out var cacheControl) && cacheControl.NoCache;

    public static async Task<Results<Ok<TEnvelope>, ApiError>> RespondAsync<TEnvelope>(
        HttpContext http, TimeProvider time, UlipService service, Task<UpstreamResult<CachedAnswer>> lookup, Func<JsonElement, string, TEnvelope> envelope)
    {
        var result = await lookup;
        if (result.Failure is { } failure)
        {
            http.Outcome().RecordFailure(failure);
            return ApiError.ForUpstream(failure);
        }

        var (answer, cacheHit, fetchedAt) = result.Value;
        RecordLookup(http, cacheHit, answer.Found, cacheHit ? time.GetUtcNow() - fetchedAt : TimeSpan.Zero);
        var (payload, responseStatus) = ContractAnswers.Of(service, answer);
        return TypedResults.Ok(envelope(payload, responseStatus));
    }

    /// <summary>Sets the cache headers (<c>Age</c>: how old a cached answer is) and what metering records for an answered lookup.</summary>
    private static void RecordLookup(HttpContext http, bool cacheHit, bool found, TimeSpan age)
    {
        var outcome = http.Outcome();
        outcome.CacheHit = cacheHit;
        outcome.Upstream = cacheHit ? null : UpstreamOutcomes.Answered(found);
        http.Response.Headers[CacheHeader] = cacheHit ? "HIT" : "MISS";
        if (cacheHit)
        {
            http.Response.Headers.Age = Math.Max(0, (long)age.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        }
    }
}
