using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Api.Data;

namespace Sangam.Api.Sandbox;

/// <summary>
/// Creates the <see cref="DemoAccount"/> (all families, its Subid and GSTINs, a member and an admin user), each part
/// only if it is absent: a start-up finds it complete, or completes what a node stopped half-way left.
/// </summary>
internal sealed class DemoAccountSeed(SangamDb db, AccountAdministration accounts, UserAdministration users) : IStartupSeed
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (!await db.Accounts.AnyAsync(a => a.Slug == DemoAccount.Slug, cancellationToken))
        {
            Require(await accounts.CreateAsync(DemoAccount.Slug, DemoAccount.Name, ApiFamilies.All, cancellationToken));
        }

        // Both are no-ops for what the account already has.
        Require(await accounts.AddSubidAsync(DemoAccount.Slug, DemoAccount.Subid, cancellationToken));
        foreach (var gstin in DemoAccount.Gstins)
        {
            Require(await accounts.AddGstinAsync(DemoAccount.Slug, gstin, cancellationToken));
        }

        await AddUserIfAbsentAsync(db, users, DemoAccount.Username, DemoAccount.Email, DemoAccount.Password, UserRole.Member, cancellationToken);
        await AddUserIfAbsentAsync(db, users, DemoAccount.AdminUsername, null, DemoAccount.AdminPassword, UserRole.Admin, cancellationToken);
    }

    private static async Task AddUserIfAbsentAsync(
        SangamDb db, UserAdministration users, string username, string? email, string password, UserRole role, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        if (!await db.Users.AnyAsync(u => u.NormalizedUsername == normalized, cancellationToken))
        {
            Require(await users.AddUserAsync(DemoAccount.Slug, username, email, password, role, cancellationToken));
        }
    }

    private static void Require<T>(AdminResult<T> result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding the demo account failed: {result.Message}");
        }
    }
}
