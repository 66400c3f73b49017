using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Vendors.Registry;

namespace Sangam.Api.Vendors.Search;

/// <summary>
/// Company name search over the word index (<see cref="CompanyNameToken"/>), fast on millions of companies with the
/// same SQL on SQLite and PostgreSQL. Every word typed must occur in the name; the last word may be incomplete. The
/// rarest word drives the query through its index entries (shortest names first), the other words filter the
/// candidates, and the candidates are ranked, legal forms aside: the exact name, then names that start with the query,
/// then the rest; shorter names and active companies first within each. For very broad queries the ranking covers the first
/// <see cref="CandidateLimit"/> candidates of the driving word, which are its shortest names.
/// </summary>
public sealed class CompanySearch(SangamDb db)
{
    public const int MaxResults = 100;
    public const int CandidateLimit = 500;

    // Counting a word's index entries stops here: enough to tell a rare word from a common one.
    private const int RarityProbe = 5_000;

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

    public async Task<IReadOnlyList<Company>> SearchAsync(string query, int limit, CancellationToken cancellationToken)
    {
        var (words, prefix) = Parse(query);
        var terms = words.Select(w => (Word: w, IsPrefix: false)).ToList();
        if (prefix is not null)
        {
            terms.Add((prefix, true));
        }

        if (terms.Count == 0)
        {
            return [];
        }

        var driver = terms[0];
        var driverCount = int.MaxValue;
        foreach (var term in terms)
        {
            var count = await InIndexOrder(Entries(term.Word, term.IsPrefix)).Take(RarityProbe).CountAsync(cancellationToken);
            if (count < driverCount)
            {
                (driver, driverCount) = (term, count);
            }
        }

        if (driverCount == 0)
        {
            return [];
        }

        var candidates =
            from entry in Entries(driver.Word, driver.IsPrefix)
            join company in db.Companies on entry.Cin equals company.Cin
            select new { entry, company };
        foreach (var (word, isPrefix) in terms.Where(t => t != driver))
        {
            // Probed in the word index by the candidate's CIN (its primary key), so a candidate that lacks the word
            // costs an index seek rather than a read of its company row.
            var others = Entries(word, isPrefix);
            candidates = candidates.Where(c => others.Any(t => t.Cin == c.entry.Cin));
        }

        var found = await candidates
            .OrderBy(c => EF.Functions.Collate(c.entry.Token, ByteOrder)).ThenBy(c => c.entry.NameLength).ThenBy(c => c.entry.Cin)
            .Select(c => c.company)
            .AsNoTracking()
            .Take(CandidateLimit)
            .ToListAsync(cancellationToken);

        var core = CompanyNames.Core(CompanyNames.Key(query));
        return [.. found
            .Select(c => (Company: c, Core: CompanyNames.Core(c.NameKey)))
            .OrderBy(c => c.Core == core ? 0 : c.Core.StartsWith(core, StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(c => c.Company.NameKey.Length)
            .ThenBy(c => c.Company.Status == CompanyStatuses.Active ? 0 : 1)
            .ThenBy(c => c.Company.NameKey, StringComparer.Ordinal)
            .Select(c => c.Company)
            .Take(limit)];
    }

    // The order of the word index itself, so a limited read is deterministic and needs no sort.
    private IQueryable<CompanyNameToken> InIndexOrder(IQueryable<CompanyNameToken> entries) =>
        entries.OrderBy(t => EF.Functions.Collate(t.Token, ByteOrder)).ThenBy(t => t.NameLength).ThenBy(t => t.Cin);

    // The byte-order collation of the word index on each provider (see CompanyConfiguration).
    private string ByteOrder => db.Database.IsNpgsql() ? "C" : "BINARY";

    /// <summary>Index entries of one word, or of every word starting with a prefix, as a range scan of the index.</summary>
    private IQueryable<CompanyNameToken> Entries(string word, bool isPrefix)
    {
        var collation = ByteOrder;
        if (!isPrefix)
        {
            return db.CompanyNameTokens.Where(t => EF.Functions.Collate(t.Token, collation) == word);
        }

        var end = word[..^1] + (char)(word[^1] + 1);
        return db.CompanyNameTokens.Where(t =>
            string.Compare(EF.Functions.Collate(t.Token, collation), word) >= 0 && string.Compare(EF.Functions.Collate(t.Token, collation), end) < 0);
    }
}
