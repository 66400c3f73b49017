using System.ComponentModel.DataAnnotations;

namespace Sangam.Api.Auth;

/// <summary>Configuration section <c>Auth</c>.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// HS256 keys, each with an id (the token's <c>kid</c>). Tokens are signed with <see cref="ActiveKeyId"/> and
    /// verified with any listed key, so a key can be rotated in before the old one is removed.
    /// </summary>
    public List<SigningKeyOptions> SigningKeys { get; set; } = [];

    /// <summary>Key used to sign new tokens; the first key when empty.</summary>
    public string? ActiveKeyId { get; set; }

    /// <summary>
    /// How long a node trusts its cached view of a login session, an account, an API key or a tracked driver. Changes
    /// take effect at once on the node that made them and, through Redis, on the others; without Redis, other nodes of
    /// a cluster see them within this time.
    /// </summary>
    public TimeSpan StateCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Failed logins for one username within <see cref="LockoutWindow"/> that lock it.</summary>
    [Range(1, 1000)]
    public int LockoutThreshold { get; set; } = 5;

    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Login and refresh requests one client address may make per minute, successful or not. High, because many
    /// clients behind one address may each log in before every call.
    /// </summary>
    [Range(1, 1_000_000)]
    public int LoginRequestsPerMinutePerAddress { get; set; } = 6000;

    /// <summary>Failed logins one client address may make per minute before its logins are refused (429) for the rest of it.</summary>
    [Range(1, 1_000_000)]
    public int FailedLoginsPerMinutePerAddress { get; set; } = 30;

    /// <summary>Successful logins of one user per minute; beyond it the login answers 429 (the token it has lasts a day).</summary>
    [Range(1, 1_000_000)]
    public int LoginsPerMinutePerUser { get; set; } = 600;
}

public sealed class SigningKeyOptions
{
    /// <summary>Ids of keys generated for sandbox mode start with this; production refuses them.</summary>
    public const string SandboxIdPrefix = "sandbox-";

    public string Id { get; set; } = "";

    /// <summary>Base64 of at least 32 random bytes (e.g. <c>openssl rand -base64 48</c>).</summary>
    public string Secret { get; set; } = "";
}
