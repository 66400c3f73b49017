using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// Each name index entry carries the company's name key and status, which ranking reads, so a search reads no
    /// company rows but those it answers (see SqliteNameIndex). Entries keep their ids, which the FTS rows point to.
    /// </summary>
    public partial class FasterNameSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE mca_company_search ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
                ALTER TABLE mca_company_search ADD COLUMN status TEXT;
                UPDATE mca_company_search SET (name_key, status) =
                    (SELECT c.name_key, c.status FROM mca_companies c WHERE c.cin = mca_company_search.cin);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE mca_company_search DROP COLUMN status;
                ALTER TABLE mca_company_search DROP COLUMN name_key;
                """);
        }
    }
}
