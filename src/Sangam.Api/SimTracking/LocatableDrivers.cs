using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Hosting.Cluster;

namespace Sangam.Api.SimTracking;

/// <summary>
/// What locating a driver reads (consent, operator, latest stored position) by account and number, cached for
/// <see cref="AuthOptions.StateCacheDuration"/> like login sessions. Whatever changes it (a consent step, asking
/// again, a deletion, a stored position) evicts it once committed, which drops it at once on this node and, through
/// <see cref="CacheInvalidation"/>, on the others: the next read anywhere sees the change. The id an eviction carries
/// over Redis is a keyed hash of the account and the number, not the number: a mobile number is personal data.
/// </summary>
public sealed class LocatableDrivers
{
    private static readonly byte[] IdKeyPurpose = "Sangam locatable driver cache ids"u8.ToArray();

    private readonly SharedStateCache<LocatableDriver> _drivers;

    // Derived from the active token-signing key, which every node of a cluster shares: the nodes agree on the ids, and
    // nobody without the key can tell a number from its id (ten digits are too few for a plain hash to hide them).
    // While a rotation reaches the nodes one by one, their ids differ and an eviction is lost: the entry then expires
    // after Auth:StateCacheDuration, as when Redis is away.
    private readonly byte[] _idKey;

    public LocatableDrivers(
        IDbContextFactory<SangamDb> databases, IMemoryCache cache, IOptions<AuthOptions> options, CacheInvalidation invalidation, SigningKeys signingKeys)
    {
        _drivers = new("driver", databases, cache, invalidation, () => options.Value.StateCacheDuration);
        var secret = ((SymmetricSecurityKey)signingKeys.Active.Key).Key;
        _idKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, secret, outputLength: 32, salt: [], info: IdKeyPurpose);
    }

    /// <summary>The account's live driver with this number, or null (not cached, so a driver added meanwhile is found).</summary>
    public ValueTask<LocatableDriver?> FindAsync(long accountId, string mobile, CancellationToken cancellationToken) =>
        _drivers.GetAsync(Id(accountId, mobile), (db, token) => LocatableDriver.FindLive(db, accountId, mobile, token), cancellationToken);

    /// <summary>Drops the driver everywhere, after a change to its consent, its positions or its existence was committed.</summary>
    public Task EvictAsync(long accountId, string mobile) => _drivers.EvictAsync(Id(accountId, mobile));

    /// <summary>The cache id of the account's driver with this number, as every node computes it.</summary>
    private string Id(long accountId, string mobile) =>
        Convert.ToBase64String(HMACSHA256.HashData(_idKey, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{accountId}:{mobile}"))));
}
