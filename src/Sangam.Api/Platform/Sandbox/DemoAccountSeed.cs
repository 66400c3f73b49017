using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;

namespace Sangam.Api.Platform.Sandbox;

/// <summary>Creates the <see cref="DemoAccount"/> (all families, its Subid and GSTINs, a member and an admin user) once.</summary>
internal sealed class DemoAccountSeed : IStartupSeed
{
    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<SangamDb>();
        if (await db.Accounts.AnyAsync(a => a.Slug == DemoAccount.Slug, cancellationToken))
        {
            return;
        }

        var accounts = services.GetRequiredService<AccountAdministration>();
        var users = services.GetRequiredService<UserAdministration>();
        Require(await accounts.CreateAsync(DemoAccount.Slug, DemoAccount.Name, ApiFamilies.All, cancellationToken));
        Require(await accounts.AddSubidAsync(DemoAccount.Slug, DemoAccount.Subid, cancellationToken));
        foreach (var gstin in DemoAccount.Gstins)
        {
            Require(await accounts.AddGstinAsync(DemoAccount.Slug, gstin, cancellationToken));
        }

        Require(await users.AddUserAsync(DemoAccount.Slug, DemoAccount.Username, DemoAccount.Email, DemoAccount.Password, UserRole.Member, cancellationToken));
        Require(await users.AddUserAsync(DemoAccount.Slug, DemoAccount.AdminUsername, null, DemoAccount.AdminPassword, UserRole.Admin, cancellationToken));
    }

    private static void Require<T>(AdminResult<T> result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Seeding the demo account failed: {result.Message}");
        }
    }
}
