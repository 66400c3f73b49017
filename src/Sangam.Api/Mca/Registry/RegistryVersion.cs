using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Mca.Registry;

/// <summary>
/// A number that every write to the registry advances in the transaction that writes it (an import's batches, the
/// sandbox seed, a company kept from the live source), so whatever was read at one version is still what the registry
/// holds while the database shows that version, on every node. Search answers are kept by it.
/// </summary>
internal static class RegistryVersion
{
    public const string Table = "mca_registry_version";

    /// <summary>The statement that advances the version; the writer runs it in its transaction.</summary>
    public const string Advance = $"UPDATE {Table} SET version = version + 1";

    private const string Read = $"SELECT version FROM {Table}";

    /// <summary>The version the database shows now.</summary>
    public static async Task<long> CurrentAsync(SangamDb db, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = Read;
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Advances the version in the context's current transaction.</summary>
    public static Task AdvanceAsync(SangamDb db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(Advance, cancellationToken);
}
