using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// Each name index entry carries the company's name key and status, which ranking reads, so a search reads no
    /// company rows but those it answers (see PostgresNameIndex). The table is written anew rather than updated in
    /// place, which would leave a dead copy of every row and of its GIN entries until a vacuum. Scans of the table run
    /// without parallel workers: a search reads a few thousand rows at most, and starting workers for it cost more
    /// processor time than they save (a broad word took 12 ms of the leader's time alone with two workers, 8 ms without).
    /// </summary>
    public partial class FasterNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE mca_company_search_entries (
                    cin character varying(21) NOT NULL,
                    name_length integer NOT NULL,
                    name_key text NOT NULL,
                    status text,
                    words tsvector NOT NULL);
                INSERT INTO mca_company_search_entries (cin, name_length, name_key, status, words)
                    SELECT s.cin, s.name_length, c.name_key, c.status, s.words FROM mca_company_search s JOIN mca_companies c ON c.cin = s.cin;
                DROP TABLE mca_company_search;
                ALTER TABLE mca_company_search_entries RENAME TO mca_company_search;
                ALTER TABLE mca_company_search ADD CONSTRAINT pk_mca_company_search PRIMARY KEY (cin);
                CREATE INDEX ix_mca_company_search_words ON mca_company_search USING gin (words);
                ALTER TABLE mca_company_search SET (parallel_workers = 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE mca_company_search DROP COLUMN name_key, DROP COLUMN status, RESET (parallel_workers);");
        }
    }
}
