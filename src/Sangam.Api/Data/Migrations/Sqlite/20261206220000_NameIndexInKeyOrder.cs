using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The name index entries of an existing registry are rewritten in name-key order, as an import now leaves them
    /// (see SqliteNameIndex.Reorder): a search reads far fewer pages, and no re-import is needed for it.
    /// </summary>
    public partial class NameIndexInKeyOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TEMP TABLE reordered AS
                    SELECT e.cin, e.name_length, e.name_key, e.status, w.words
                    FROM mca_company_search e CROSS JOIN mca_company_search_words w ON w.rowid = (e.name_length << 40) | e.id
                    ORDER BY e.name_key, e.cin;
                DELETE FROM mca_company_search_words;
                DELETE FROM mca_company_search;
                INSERT INTO mca_company_search (cin, name_length, name_key, status)
                    SELECT cin, name_length, name_key, status FROM temp.reordered ORDER BY rowid;
                INSERT INTO mca_company_search_words (rowid, words)
                    SELECT (e.name_length << 40) | e.id, r.words FROM temp.reordered r JOIN mca_company_search e ON e.cin = r.cin ORDER BY e.id;
                DROP TABLE temp.reordered;
                INSERT INTO mca_company_search_words (mca_company_search_words) VALUES ('optimize');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only the order of the rows changed: every search answers the same in either order.
        }
    }
}
