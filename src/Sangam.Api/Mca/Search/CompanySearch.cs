using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Mca.Search;

/// <summary>
/// Company name search, fast on millions of companies: every word typed must occur in the name; the last word may be
/// incomplete. The database's full-text index (<see cref="CompanyNameIndex"/>) finds the matches and gives the
/// <see cref="CandidateLimit"/> with the shortest names (then by CIN); those are ranked, legal forms aside: the exact
/// name, then names that start with the query, then the rest; shorter names and active companies first within each.
/// A node answers a query it has answered at the registry's current version from <see cref="SearchAnswerCache"/>.
/// </summary>
public sealed class CompanySearch(SangamDb db, SearchAnswerCache cache)
{
    public const int MaxResults = 100;
    public const int CandidateLimit = 500;

    /// <summary>The search words of a query: whole words, and the last word as a prefix (null when unusable).</summary>
    public static (IReadOnlyList<string> Words, string? Prefix) Parse(string query)
    {
        var key = CompanyNames.Key(query);
        var words = key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return ([], null);
        }

        var last = CompanyNames.Token(words[^1]);
        var prefix = last.Length >= 2 && !CompanyNames.IsLegalFormPrefix(last) ? last : null;
        var whole = CompanyNames.Tokens(string.Join(' ', words[..^1])).Where(w => w != prefix).ToList();
        return (whole, prefix);
    }

    /// <summary>The best matches of a query, at most <paramref name="limit"/>; the same query at the same registry version is answered from memory.</summary>
    public async Task<IReadOnlyList<McaSearchHit>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var (words, prefix) = Parse(query);
        if (words.Count == 0 && prefix is null)
        {
            return [];
        }

        var key = CompanyNames.Key(query);
        if (!cache.IsOn)
        {
            return await FindAsync(key, words, prefix, limit, cancellationToken);
        }

        var version = await RegistryVersion.CurrentAsync(db, cancellationToken);
        if (!cache.TryGet(version, key, limit, out var hits))
        {
            hits = await FindAsync(key, words, prefix, limit, cancellationToken);
            cache.Add(version, key, limit, hits);
        }

        return hits;
    }

    private async Task<IReadOnlyList<McaSearchHit>> FindAsync(
        string key, IReadOnlyList<string> words, string? prefix, int limit, CancellationToken cancellationToken)
    {
        var candidates = await CompanyNameIndex.Of(db).CandidatesAsync(db, words, prefix, CandidateLimit, cancellationToken);
        var core = CompanyNames.Core(key);
        // Ties keep the candidate order: OrderBy is stable.
        string[] best = [.. candidates
            .OrderBy(c => CompanyNames.CompareCore(c.NameKey, core))
            .ThenBy(c => c.NameKey.Length)
            .ThenBy(c => c.Status == CompanyStatuses.Active ? 0 : 1)
            .ThenBy(c => c.NameKey, StringComparer.Ordinal)
            .Select(c => c.Cin)
            .Take(limit)];

        var hits = new Dictionary<string, McaSearchHit>(best.Length, StringComparer.Ordinal);
        await foreach (var hit in HitsOf(db, best).WithCancellation(cancellationToken))
        {
            hits.Add(hit.Cin, hit);
        }

        return [.. best.Select(cin => hits[cin])];
    }

    // Compiled once: a search runs it every time it is not answered from the cache.
    private static readonly Func<SangamDb, string[], IAsyncEnumerable<McaSearchHit>> HitsOf = EF.CompileAsyncQuery(
        (SangamDb db, string[] cins) => db.Companies.AsNoTracking()
            .Where(c => cins.Contains(c.Cin))
            .Select(c => Hit(c.Cin, c.Name, c.Status, c.CompanyClass, c.RocCode, c.State, c.IncorporationDate)));

    private static McaSearchHit Hit(string cin, string name, string? status, string? companyClass, string? rocCode, string? state, DateOnly? incorporated) =>
        new(cin, name, status ?? "", companyClass ?? "", rocCode ?? "", state ?? "", incorporated?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "");
}
