using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;
using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Mca.Search;

/// <summary>
/// The registry's name index in the database's own full-text engine: SQLite FTS5, PostgreSQL <c>tsvector</c> under a
/// GIN index. It holds exactly the search words of each company's name key (<see cref="CompanyNames.Tokens"/>, one
/// entry per company, beside the name key and status that ranking reads), so both engines match the same words, and
/// answers the candidates of a search from the index alone: the companies whose name has every whole word and a word
/// starting with the prefix, the shortest names first, then by CIN. Whoever adds or changes a company rewrites its
/// entry in the same transaction: the bulk writers with the SQL of their provider's index, a company kept from the
/// live source through <see cref="AddAsync"/>.
/// </summary>
internal abstract class CompanyNameIndex
{
    public static CompanyNameIndex Of(SangamDb db) => db.Database.IsNpgsql() ? PostgresNameIndex.Instance : SqliteNameIndex.Instance;

    /// <summary>The index's text for a name key: its search words separated by spaces.</summary>
    public static string Words(string nameKey) => string.Join(' ', CompanyNames.Tokens(nameKey));

    /// <summary>At most <paramref name="limit"/> matches in candidate order; <paramref name="words"/> or <paramref name="prefix"/> given.</summary>
    public abstract Task<IReadOnlyList<SearchCandidate>> CandidatesAsync(
        SangamDb db, IReadOnlyList<string> words, string? prefix, int limit, CancellationToken cancellationToken);

    /// <summary>Adds the entry of a company inserted in the current transaction.</summary>
    public abstract Task AddAsync(SangamDb db, CompanyRecord company, CancellationToken cancellationToken);
}

/// <summary>What ranking needs to know of a company that matched.</summary>
internal sealed record SearchCandidate(string Cin, string NameKey, string? Status);
