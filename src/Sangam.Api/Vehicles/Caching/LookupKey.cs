using System.Security.Cryptography;
using System.Text;
using Sangam.Api.Connectors.Ulip;

namespace Sangam.Api.Vehicles.Caching;

/// <summary>
/// What a cached answer is for: an account, a service and the normalised request. Answers are kept per account,
/// so a cache hit never tells one customer which vehicles another has checked.
/// </summary>
public sealed record LookupKey(long AccountId, UlipService Service, string RequestHash)
{
    public static LookupKey For(long accountId, UlipService service, string normalisedRequest) =>
        new(accountId, service, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalisedRequest))));

    /// <summary>One string for the in-memory level and the in-flight calls.</summary>
    public string Id { get; } = $"{AccountId}:{Service}:{RequestHash}";
}

/// <summary>An upstream answer and whether it came from the cache (and when it was fetched, for <c>Age</c>).</summary>
public sealed record CachedAnswer(UlipAnswer Answer, bool CacheHit, DateTimeOffset FetchedAt);
