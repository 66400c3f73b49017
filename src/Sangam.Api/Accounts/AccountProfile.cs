using System.Collections.Frozen;

namespace Sangam.Api.Accounts;

/// <summary>What a request needs to know about its account, read once and cached (see <see cref="AccountDirectory"/>).</summary>
public sealed record AccountProfile(
    long Id,
    string Slug,
    string Name,
    bool IsDisabled,
    int? RateLimitPerMinute,
    FrozenSet<ApiFamily> Families,
    FrozenSet<string> Subids,
    FrozenSet<string> Gstins)
{
    public bool IsEntitledTo(ApiFamily family) => Families.Contains(family);

    public bool OwnsSubid(string subid) => Subids.Contains(subid);

    public bool OwnsGstin(string gstin) => Gstins.Contains(gstin);
}
