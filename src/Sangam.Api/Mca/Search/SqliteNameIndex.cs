using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sangam.Api.Data;
using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Mca.Search;

/// <summary>
/// SQLite: an FTS5 table of the search words (ASCII tokenizer: the words are already normalised, so it only folds
/// A-Z and splits at the spaces) and a table of entries that gives each company its FTS row and carries what ranking
/// needs (name key and status), so a search never reads the wide company rows; an import leaves the entries in
/// name-key order (<see cref="Reorder"/>). The FTS row id carries the name length above the entry id, so FTS5's
/// own row order is the candidate order: a search reads the matches shortest names first and stops after the
/// candidate limit and the rest of the names as long as the last one.
/// </summary>
internal sealed class SqliteNameIndex : CompanyNameIndex
{
    public static readonly SqliteNameIndex Instance = new();

    public const string EntriesTable = "mca_company_search";
    public const string WordsTable = "mca_company_search_words";

    /// <summary>Adds an entry: parameters <c>$cin</c>, <c>$key</c> (the name key), <c>$length</c> (its length), <c>$status</c> and <c>$words</c>.</summary>
    public static readonly string Insert = $"""
        INSERT INTO {EntriesTable} (cin, name_length, name_key, status) VALUES ($cin, $length, $key, $status);
        INSERT INTO {WordsTable} (rowid, words) VALUES (($length << {LengthShift}) | last_insert_rowid(), $words);
        """;

    /// <summary>Removes the entry of <c>$cin</c>, if any.</summary>
    public static readonly string Delete = $"""
        DELETE FROM {WordsTable} WHERE rowid = (SELECT (name_length << {LengthShift}) | id FROM {EntriesTable} WHERE cin = $cin);
        DELETE FROM {EntriesTable} WHERE cin = $cin;
        """;

    /// <summary>
    /// Rewrites the entries in name-key order and the FTS index after them, merged into one segment. A search reads
    /// one entry per candidate, and the candidates of a search mostly share the start of their names: stored in key
    /// order they lie on a few pages instead of a page each. Pages are what a search costs, because any write to the
    /// database (usage records, every half second) empties every other connection's page cache: on a million
    /// companies, the 503 candidates of two common words took about 1 ms in key order against 9 to 13 ms in import
    /// order, nearly all of it reading pages. The merge matters too: each write leaves an FTS segment (and a
    /// re-import, markers of deleted entries) that every search reads until FTS5 merges them. About 17 s of
    /// processor time for a million companies, once per import that changed anything; an entry added between
    /// imports goes at the end.
    /// </summary>
    public static readonly string Reorder = $"""
        CREATE TEMP TABLE reordered AS
            SELECT e.cin, e.name_length, e.name_key, e.status, w.words
            FROM {EntriesTable} e CROSS JOIN {WordsTable} w ON w.rowid = (e.name_length << {LengthShift}) | e.id
            ORDER BY e.name_key, e.cin;
        DELETE FROM {WordsTable};
        DELETE FROM {EntriesTable};
        INSERT INTO {EntriesTable} (cin, name_length, name_key, status)
            SELECT cin, name_length, name_key, status FROM temp.reordered ORDER BY rowid;
        INSERT INTO {WordsTable} (rowid, words)
            SELECT (e.name_length << {LengthShift}) | e.id, r.words FROM temp.reordered r JOIN {EntriesTable} e ON e.cin = r.cin ORDER BY e.id;
        DROP TABLE temp.reordered;
        INSERT INTO {WordsTable} ({WordsTable}) VALUES ('optimize');
        """;

    private const int LengthShift = 40;

    /// <summary>
    /// The longest prefix the FTS table keeps an index of (<c>prefix = '2 3'</c>). FTS5 answers a longer prefix by
    /// merging the entries of every word that starts with it into a new list before the first match (4.3 ms for
    /// <c>"GUPTA" *</c> against 0.6 ms for <c>"GUP" *</c> on a million companies), so a longer prefix is matched
    /// through its first three letters and each candidate's words are checked for the whole prefix.
    /// </summary>
    private const int LongestIndexedPrefix = 3;

    // CROSS JOIN keeps the FTS table outermost, read in its row order.
    private static readonly string Matches = $"""
        SELECT {WordsTable}.rowid >> {LengthShift}, e.cin, e.name_key, e.status
        FROM {WordsTable} CROSS JOIN {EntriesTable} e ON e.id = {WordsTable}.rowid & ((1 << {LengthShift}) - 1)
        WHERE {WordsTable} MATCH $match ORDER BY {WordsTable}.rowid
        """;

    public override async Task<IReadOnlyList<SearchCandidate>> CandidatesAsync(
        SangamDb db, IReadOnlyList<string> words, string? prefix, int limit, CancellationToken cancellationToken)
    {
        // FTS5 query syntax: each word quoted (they are letters and digits only), the prefix with its star.
        var indexedPrefix = prefix?[..Math.Min(prefix.Length, LongestIndexedPrefix)];
        var match = string.Join(" AND ", words.Select(w => $"\"{w}\"").Append(indexedPrefix is null ? null : $"\"{indexedPrefix}\" *").OfType<string>());
        var found = new List<(long Length, SearchCandidate Company)>(limit);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Matches;
            command.Parameters.Add(new SqliteParameter("$match", match));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var length = reader.GetInt64(0);
                if (found.Count >= limit && length > found[limit - 1].Length)
                {
                    break;
                }

                var nameKey = reader.GetString(2);
                if (prefix != indexedPrefix && !CompanyNames.HasTokenStartingWith(nameKey, prefix!))
                {
                    continue;
                }

                found.Add((length, new SearchCandidate(reader.GetString(1), nameKey, reader.IsDBNull(3) ? null : reader.GetString(3))));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // Within one name length the FTS order is the order of insertion; candidates of equal length go by CIN.
        return [.. found.OrderBy(f => f.Length).ThenBy(f => f.Company.Cin, StringComparer.Ordinal).Take(limit).Select(f => f.Company)];
    }

    public override async Task AddAsync(SangamDb db, CompanyRecord company, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Insert;
        command.Parameters.Add(new SqliteParameter("$cin", company.Cin));
        command.Parameters.Add(new SqliteParameter("$key", company.NameKey));
        command.Parameters.Add(new SqliteParameter("$length", company.NameKey.Length));
        command.Parameters.Add(new SqliteParameter("$status", (object?)company.Status ?? DBNull.Value));
        command.Parameters.Add(new SqliteParameter("$words", company.SearchWords));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
