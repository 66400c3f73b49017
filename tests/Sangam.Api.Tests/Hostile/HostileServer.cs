namespace Sangam.Api.Tests.Hostile;

[CollectionDefinition(Name)]
public sealed class HostileGroup : ICollectionFixture<HostileServer>
{
    public const string Name = "Hostile input";
}

/// <summary>
/// One server for every class of the hostile-input collection, with an admin whose account may call every family, so
/// the bad inputs reach every endpoint's own checks rather than stopping at 401 or 403.
/// </summary>
public sealed class HostileServer : SangamServer
{
    public TestUser Admin { get; private set; } = null!;

    public string AdminToken { get; private set; } = null!;

    // The bad-input walk sends a few thousand requests a minute from one account: keep them under its rate limit.
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimits:DefaultPerAccountPerMinute"] = "1000000",
    };

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Admin = await CreateAdminAsync();
        (AdminToken, _) = await LoginAsync(Admin);
    }
}
