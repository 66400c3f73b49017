using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Http.Input;

namespace Sangam.Api.Administration;

/// <summary>
/// Managing users: adding them, disabling them and setting passwords. Disabling a user or changing its password
/// revokes every token of that user at once.
/// </summary>
public sealed partial class UserAdministration(SangamDb db, Passwords passwords, SessionStore sessions, TimeProvider time)
{
    public async Task<AdminResult<UserView>> AddUserAsync(string slug, string username, string? email, string password, UserRole role, CancellationToken cancellationToken)
    {
        username = username.Trim();
        if (!UsernamePattern().IsMatch(username))
        {
            return AdminResult<UserView>.Invalid("The username must be 1-150 characters of letters, digits and @ . + - _.");
        }

        if (Passwords.Problem(password, username) is { } problem)
        {
            return AdminResult<UserView>.Invalid(problem);
        }

        if (email is not null && (TextRules.Problem(email, User.MaxEmailLength) is not null || !email.Contains('@', StringComparison.Ordinal)))
        {
            return AdminResult<UserView>.Invalid("The email address is not valid.");
        }

        var accountId = await db.Accounts.Where(a => a.Slug == slug).Select(a => (long?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (accountId is null)
        {
            return AdminResult<UserView>.NotFound($"No account '{slug}'.");
        }

        var now = time.GetUtcNow();
        var user = new User
        {
            AccountId = accountId.Value,
            Username = username,
            NormalizedUsername = User.Normalize(username),
            Email = email?.Trim(),
            PasswordHash = passwords.Hash(password),
            Role = role,
            CreatedAt = now,
            PasswordChangedAt = now,
        };
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return AdminResult<UserView>.Conflict($"The username '{username}' is taken.");
        }

        return UserView.Of(user);
    }

    public Task<AdminResult<UserView>> SetUserDisabledAsync(string username, bool disabled, CancellationToken cancellationToken) =>
        ChangeUserAsync(username, user => user.IsDisabled = disabled, disabled ? "user disabled" : null, cancellationToken);

    public Task<AdminResult<UserView>> SetPasswordAsync(string username, string password, CancellationToken cancellationToken)
    {
        if (Passwords.Problem(password, username) is { } problem)
        {
            return Task.FromResult(AdminResult<UserView>.Invalid(problem));
        }

        return ChangeUserAsync(username, user =>
        {
            user.PasswordHash = passwords.Hash(password);
            user.PasswordChangedAt = time.GetUtcNow();
        }, "password changed", cancellationToken);
    }

    private async Task<AdminResult<UserView>> ChangeUserAsync(string username, Action<User> change, string? revokeReason, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        if (user is null)
        {
            return AdminResult<UserView>.NotFound($"No user '{username}'.");
        }

        change(user);
        await db.SaveChangesAsync(cancellationToken);
        if (revokeReason is not null)
        {
            await sessions.RevokeAllAsync(db, user.Id, revokeReason, time.GetUtcNow(), cancellationToken);
        }

        return UserView.Of(user);
    }

    [GeneratedRegex(@"^[A-Za-z0-9@.+_-]{1,150}$")]
    private static partial Regex UsernamePattern();
}
