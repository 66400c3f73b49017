using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Sangam.Api.Data;
using Sangam.Api.Mca.Registry;

namespace Sangam.Api.Mca.Search;

/// <summary>
/// SQLite: an FTS5 table of the search words (ASCII tokenizer: the words are already normalised, so it only folds
/// A-Z and splits at the spaces) and a table of entries that gives each company its FTS row. The FTS row id carries
/// the name length above the entry id, so FTS5's own row order is the candidate order: a search reads the matches
/// shortest names first and stops after the candidate limit and the rest of the names as long as the last one.
/// </summary>
internal sealed class SqliteNameIndex : CompanyNameIndex
{
    public static readonly SqliteNameIndex Instance = new();

    public const string EntriesTable = "mca_company_search";
    public const string WordsTable = "mca_company_search_words";

    /// <summary>Adds an entry: parameters <c>$cin</c>, <c>$length</c> (of the name key) and <c>$words</c>.</summary>
    public static readonly string Insert = $"""
        INSERT INTO {EntriesTable} (cin, name_length) VALUES ($cin, $length);
        INSERT INTO {WordsTable} (rowid, words) VALUES (($length << {LengthShift}) | last_insert_rowid(), $words);
        """;

    /// <summary>Removes the entry of <c>$cin</c>, if any.</summary>
    public static readonly string Delete = $"""
        DELETE FROM {WordsTable} WHERE rowid = (SELECT (name_length << {LengthShift}) | id FROM {EntriesTable} WHERE cin = $cin);
        DELETE FROM {EntriesTable} WHERE cin = $cin;
        """;

    private const int LengthShift = 40;

    // CROSS JOIN keeps the FTS table outermost, read in its row order.
    private static readonly string Matches = $"""
        SELECT {WordsTable}.rowid >> {LengthShift}, c.cin, c.name_key, c.status
        FROM {WordsTable}
            CROSS JOIN {EntriesTable} e ON e.id = {WordsTable}.rowid & ((1 << {LengthShift}) - 1)
            CROSS JOIN {RegistryTables.Companies} c ON c.cin = e.cin
        WHERE {WordsTable} MATCH $match ORDER BY {WordsTable}.rowid
        """;

    public override async Task<IReadOnlyList<SearchCandidate>> CandidatesAsync(
        SangamDb db, IReadOnlyList<string> words, string? prefix, int limit, CancellationToken cancellationToken)
    {
        // FTS5 query syntax: each word quoted (they are letters and digits only), the prefix with its star.
        var match = string.Join(" AND ", words.Select(w => $"\"{w}\"").Append(prefix is null ? null : $"\"{prefix}\" *").OfType<string>());
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

                found.Add((length, new SearchCandidate(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))));
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        // Within one name length the FTS order is the order of insertion; candidates of equal length go by CIN.
        return [.. found.OrderBy(f => f.Length).ThenBy(f => f.Company.Cin, StringComparer.Ordinal).Take(limit).Select(f => f.Company)];
    }

    public override async Task AddAsync(SangamDb db, string cin, string nameKey, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = Insert;
        command.Parameters.Add(new SqliteParameter("$cin", cin));
        command.Parameters.Add(new SqliteParameter("$length", nameKey.Length));
        command.Parameters.Add(new SqliteParameter("$words", CompanyNameIndex.Words(nameKey)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
