using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// The company name index moves from a table of words to a tsvector under a GIN index (see PostgresNameIndex): the
    /// words of each company are carried over from the old table, so an existing registry stays searchable without a
    /// re-import.
    /// </summary>
    public partial class CompanyNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE mca_company_search (
                    cin character varying(21) NOT NULL CONSTRAINT pk_mca_company_search PRIMARY KEY,
                    name_length integer NOT NULL,
                    words tsvector NOT NULL);
                INSERT INTO mca_company_search (cin, name_length, words)
                    SELECT cin, max(name_length), array_to_tsvector(array_agg(token)) FROM mca_company_name_tokens GROUP BY cin;
                CREATE INDEX ix_mca_company_search_words ON mca_company_search USING gin (words);
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
                    cin = table.Column<string>(type: "text", nullable: false),
                    token = table.Column<string>(type: "text", nullable: false),
                    name_length = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mca_company_name_tokens", x => new { x.cin, x.token });
                });

            migrationBuilder.CreateIndex(
                name: "ix_mca_company_name_tokens_token_name_length_cin",
                table: "mca_company_name_tokens",
                columns: new[] { "token", "name_length", "cin" })
                .Annotation("Relational:Collation", new[] { "C", null, "C" });

            migrationBuilder.Sql("""
                INSERT INTO mca_company_name_tokens (cin, token, name_length)
                    SELECT cin, unnest(tsvector_to_array(words)), name_length FROM mca_company_search;
                DROP TABLE mca_company_search;
                """);
        }
    }
}
