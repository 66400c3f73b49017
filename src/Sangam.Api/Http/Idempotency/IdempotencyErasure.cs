using System.Text;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Data;

namespace Sangam.Api.Http.Idempotency;

/// <summary>
/// Stored answers kept for <c>Idempotency-Key</c> replays are copies of responses, so erasing a person's data must
/// reach them too: this deletes an account's stored answers that quote a value.
/// </summary>
public static class IdempotencyErasure
{
    /// <summary>Deletes the account's stored answers whose JSON contains the string <paramref name="value"/> (quoted, as JSON writes it).</summary>
    public static Task<int> ForgetAnswersQuotingAsync(this SangamDb db, long accountId, string value, CancellationToken cancellationToken)
    {
        var quoted = Encoding.UTF8.GetBytes($"\"{value}\"");
        return db.Database.IsNpgsql()
            ? db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_records WHERE account_id = {accountId} AND position({quoted} in response_body) > 0", cancellationToken)
            : db.Database.ExecuteSqlAsync($"DELETE FROM idempotency_records WHERE account_id = {accountId} AND instr(response_body, {quoted}) > 0", cancellationToken);
    }
}
