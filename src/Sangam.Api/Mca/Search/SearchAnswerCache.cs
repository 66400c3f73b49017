using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace Sangam.Api.Mca.Search;

/// <summary>
/// The search answers this node has given, by the <see cref="Registry.RegistryVersion"/> they were read at: a search
/// looks up the version (one row) and reuses an answer only if it was read at that version. Every write to the registry,
/// on any node or by the admin CLI, advances the version in the database, so no node answers from a registry that
/// has changed since; answers of older versions are never asked for again and leave as the cache fills up or expires.
/// </summary>
public sealed class SearchAnswerCache : IDisposable
{
    /// <summary>How long an answer nobody asks for stays: only memory depends on it, never correctness.</summary>
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromMinutes(10);

    private readonly MemoryCache? _answers;

    public SearchAnswerCache(IOptions<CompanySearchOptions> options)
    {
        var size = options.Value.CachedAnswers;
        _answers = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size }) : null;
    }

    public bool IsOn => _answers is not null;

    public bool TryGet(long version, string nameKey, int limit, out IReadOnlyList<McaSearchHit> hits)
    {
        hits = [];
        return _answers?.TryGetValue(new AnswerKey(version, nameKey, limit), out hits!) == true;
    }

    public void Add(long version, string nameKey, int limit, IReadOnlyList<McaSearchHit> hits) =>
        _answers?.Set(new AnswerKey(version, nameKey, limit), hits, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = IdleLifetime });

    public void Dispose() => _answers?.Dispose();

    private readonly record struct AnswerKey(long Version, string NameKey, int Limit);
}
