using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sangam.Api.Data.Migrations.Sqlite
{
    /// <summary>
    /// The registry's version: one row that every write to the registry advances in its own transaction, so a node
    /// can keep search answers for as long as the version it read them at is current (see Mca.Registry.RegistryVersion).
    /// </summary>
    public partial class McaRegistryVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE mca_registry_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
                INSERT INTO mca_registry_version (id, version) VALUES (1, 0);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE mca_registry_version;");
        }
    }
}
