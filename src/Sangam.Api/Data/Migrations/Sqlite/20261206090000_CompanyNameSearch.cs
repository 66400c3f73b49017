using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The company name index moves from a table of words to FTS5 (see SqliteNameIndex): the words of each company
    /// are carried over from the old table, so an existing registry stays searchable without a re-import.
    /// </summary>
    public partial class CompanyNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE mca_company_search (id INTEGER PRIMARY KEY, cin TEXT NOT NULL UNIQUE, name_length INTEGER NOT NULL);
                CREATE VIRTUAL TABLE mca_company_search_words USING fts5(words, tokenize = 'ascii', detail = none, prefix = '2 3');
                INSERT INTO mca_company_search (cin, name_length)
                    SELECT cin, max(name_length) FROM mca_company_name_tokens GROUP BY cin ORDER BY cin;
                INSERT INTO mca_company_search_words (rowid, words)
                    SELECT (e.name_length << 40) | e.id, group_concat(t.token, ' ')
                    FROM mca_company_search e JOIN mca_company_name_tokens t ON t.cin = e.cin GROUP BY e.id;
                """);

            migrationBuilder.DropTable(
                name: "mca_company_name_tokens");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "mca_company_name_tokens",
                columns: table => new
                {
                    cin = table.Column<string>(type: "TEXT", nullable: false),
                    token = table.Column<string>(type: "TEXT", nullable: false),
                    name_length = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_company_name_tokens", x => new { x.cin, x.token });
                });

            migrationBuilder.CreateIndex(
                name: "ix_mca_company_name_tokens_token_name_length_cin",
                table: "mca_company_name_tokens",
                columns: new[] { "token", "name_length", "cin" });

            migrationBuilder.Sql("""
                WITH RECURSIVE split (cin, name_length, token, rest) AS (
                    SELECT e.cin, e.name_length, '', w.words || ' '
                    FROM mca_company_search e JOIN mca_company_search_words w ON w.rowid = (e.name_length << 40) | e.id
                    UNION ALL
                    SELECT cin, name_length, substr(rest, 1, instr(rest, ' ') - 1), substr(rest, instr(rest, ' ') + 1) FROM split WHERE rest <> '')
                INSERT INTO mca_company_name_tokens (cin, token, name_length) SELECT cin, token, name_length FROM split WHERE token <> '';
                DROP TABLE mca_company_search_words;
                DROP TABLE mca_company_search;
                """);
        }
    }
}
