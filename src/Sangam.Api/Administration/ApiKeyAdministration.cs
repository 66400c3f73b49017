using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Auth.ApiKeys;
using Sangam.Api.Data;
using Sangam.Api.Http.Input;

namespace Sangam.Api.Administration;

/// <summary>An API key as administrators see it: never its secret. <see cref="Id"/> is the key's public id.</summary>
public sealed record ApiKeyView(
    string Id, string Prefix, string Name, IReadOnlyList<string>? Families, string State,
    string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);

/// <summary>A new key: <see cref="Key"/> is shown this once and stored only as a hash.</summary>
public sealed record IssuedApiKey(string Key, ApiKeyView ApiKey);

/// <summary>
/// Issuing, listing and revoking the API keys of an account. Shared by the admin endpoints, the operator commands and
/// the console; a revocation drops the cached key on every node at once.
/// </summary>
public sealed class ApiKeyAdministration(SangamDb db, ApiKeyStore store, TimeProvider time)
{
    public async Task<AdminResult<IReadOnlyList<ApiKeyView>>> ListAsync(string slug, CancellationToken cancellationToken)
    {
        if (await FindAccountAsync(slug, cancellationToken) is not { } account)
        {
            return AdminResult<IReadOnlyList<ApiKeyView>>.NotFound($"No account '{slug}'.");
        }

        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.AccountId == account.Id).OrderBy(k => k.Id).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        return keys.Select(k => ToView(k, now)).ToList();
    }

    /// <summary>
    /// A new key for the account, limited to <c>families</c> (each one the account's; null for all of the account's)
    /// and created by an admin's username or <see cref="ApiKeyToken.OperatorCreator"/>.
    /// </summary>
    public async Task<AdminResult<IssuedApiKey>> CreateAsync(
        string slug, string? name, IReadOnlyCollection<ApiFamily>? families, DateTimeOffset? expiresAt, string createdBy, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || TextRules.Problem(name, ApiKey.MaxNameLength) is not null)
        {
            return AdminResult<IssuedApiKey>.Invalid($"The name must be 1-{ApiKey.MaxNameLength} characters, without control characters.");
        }

        var now = time.GetUtcNow();
        if (expiresAt <= now)
        {
            return AdminResult<IssuedApiKey>.Invalid("The expiry must be in the future.");
        }

        if (families is { Count: 0 })
        {
            return AdminResult<IssuedApiKey>.Invalid("Name at least one family, or none at all for a key that may call every family of the account.");
        }

        if (await FindAccountAsync(slug, cancellationToken) is not { } account)
        {
            return AdminResult<IssuedApiKey>.NotFound($"No account '{slug}'.");
        }

        var missing = families?.Where(f => !account.Families.Contains(f)).Select(f => f.WireName()).ToList() ?? [];
        if (missing.Count > 0)
        {
            return AdminResult<IssuedApiKey>.Invalid($"The account is not entitled to {string.Join(", ", missing)}; grant that first, or leave it out of the key's families.");
        }

        var (key, publicId) = ApiKeyToken.Generate();
        var row = new ApiKey
        {
            AccountId = account.Id,
            PublicId = publicId,
            Name = name,
            Families = families?.Distinct().Order().ToArray(),
            SecretHash = ApiKeyToken.Hash(key),
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = expiresAt?.ToUniversalTime(),
        };
        db.ApiKeys.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(key, ToView(row, now));
    }

    /// <summary>Revokes the key at once; revoking a revoked key changes nothing.</summary>
    public async Task<AdminResult<ApiKeyView>> RevokeAsync(string slug, string keyId, CancellationToken cancellationToken)
    {
        var publicId = keyId.Trim();
        if (publicId.StartsWith(ApiKeyToken.Prefix, StringComparison.Ordinal))
        {
            publicId = publicId[ApiKeyToken.Prefix.Length..];
        }

        var key = await db.ApiKeys.FirstOrDefaultAsync(k => k.PublicId == publicId && db.Accounts.Any(a => a.Id == k.AccountId && a.Slug == slug), cancellationToken);
        if (key is null)
        {
            return AdminResult<ApiKeyView>.NotFound($"No API key '{keyId}' in account '{slug}'.");
        }

        var now = time.GetUtcNow();
        if (key.RevokedAt is null)
        {
            key.RevokedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            await store.EvictAsync(key.PublicId);
        }

        return ToView(key, now);
    }

    private async Task<(long Id, List<ApiFamily> Families)?> FindAccountAsync(string slug, CancellationToken cancellationToken) =>
        await db.Accounts.AsNoTracking()
            .Where(a => a.Slug == slug)
            .Select(a => new { a.Id, Families = a.Entitlements.Select(e => e.Family).ToList() })
            .FirstOrDefaultAsync(cancellationToken) is { } found
            ? (found.Id, found.Families)
            : null;

    private static ApiKeyView ToView(ApiKey k, DateTimeOffset now) => new(
        k.PublicId, ApiKeyToken.DisplayPrefix(k.PublicId), k.Name,
        k.Families?.Select(f => f.WireName()).Order(StringComparer.Ordinal).ToList(),
        k.RevokedAt is not null ? "revoked" : k.ExpiresAt <= now ? "expired" : "active",
        k.CreatedBy, k.CreatedAt, k.ExpiresAt, k.RevokedAt, k.LastUsedAt);
}
