using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Postgres
{
    /// <summary>
    /// The registry's version: one row that every write to the registry advances in its own transaction, so a node
    /// can keep search answers for as long as the version it read them at is current (see Mca.Registry.RegistryVersion).
    /// The name index's pending entries, which imports used to leave behind and every search read, are merged into it.
    /// </summary>
    public partial class McaRegistryVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE mca_registry_version (id integer PRIMARY KEY CHECK (id = 1), version bigint NOT NULL);
                INSERT INTO mca_registry_version (id, version) VALUES (1, 0);
                SELECT gin_clean_pending_list('ix_mca_company_search_words'::regclass);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE mca_registry_version;");
        }
    }
}
