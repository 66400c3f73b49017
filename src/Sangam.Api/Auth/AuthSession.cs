using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.Api.Accounts;

namespace Sangam.Api.Auth;

/// <summary>
/// One login: the family of tokens issued from one username/password exchange. Only the refresh token named by
/// <see cref="CurrentRefreshJti"/> (and access tokens carrying it as <c>refresh_jti</c>) are valid; a refresh
/// replaces it, so the previous pair stops working at once.
/// </summary>
public sealed class AuthSession
{
    /// <summary>Chosen by the server before the row is written, so the tokens naming it can be issued in the same step.</summary>
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public long UserId { get; set; }

    public User User { get; set; } = null!;

    public required string CurrentRefreshJti { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset RefreshedAt { get; set; }

    /// <summary>When the current refresh token expires; the session is dead after it.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }
}

/// <summary>A failed login for a username (existing or not), for lockout.</summary>
public sealed class LoginFailure
{
    public long Id { get; set; }

    public required string NormalizedUsername { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}

internal sealed class AuthConfiguration : IEntityTypeConfiguration<AuthSession>, IEntityTypeConfiguration<LoginFailure>
{
    public void Configure(EntityTypeBuilder<AuthSession> builder)
    {
        builder.Property(s => s.CurrentRefreshJti).HasMaxLength(64);
        builder.Property(s => s.RevokedReason).HasMaxLength(200);
        builder.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAt);
    }

    public void Configure(EntityTypeBuilder<LoginFailure> builder)
    {
        builder.Property(f => f.NormalizedUsername).HasMaxLength(User.MaxUsernameLength);
        builder.HasIndex(f => new { f.NormalizedUsername, f.OccurredAt });
    }
}
