using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Tests.Hostile;

/// <summary>
/// Every row of every table of the model as one line per table with its row count and a hash of its rows, on either database, to show that a run of
/// requests wrote nothing. Usage metering (every call is metered, refused ones too) and failed logins (recorded for
/// lockout by design) are left out.
/// </summary>
internal static class DatabaseSnapshot
{
    private static readonly HashSet<string> Recorded = new(StringComparer.Ordinal) { "usage_events", "usage_daily", "login_failures" };

    public static async Task<IReadOnlyList<string>> TakeAsync(SangamServer server)
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().Where(t => !Recorded.Contains(t)).Distinct().Order(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var snapshot = new List<string>();
        foreach (var table in tables)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\"";
            await using var reader = await command.ExecuteReaderAsync();
            var rows = new List<string>();
            var values = new object[reader.FieldCount];
            while (await reader.ReadAsync())
            {
                reader.GetValues(values);
                rows.Add(string.Join('\u001f', values.Select(v => Convert.ToString(v is byte[] bytes ? Convert.ToHexString(bytes) : v, CultureInfo.InvariantCulture))));
            }

            rows.Sort(StringComparer.Ordinal);
            var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', rows))))[..16];
            snapshot.Add(string.Create(CultureInfo.InvariantCulture, $"{table}: {rows.Count} rows, {hash}"));
        }

        return snapshot;
    }
}
