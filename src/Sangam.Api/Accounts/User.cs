using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sangam.Api.Accounts;

public enum UserRole
{
    /// <summary>Calls the APIs its account is entitled to.</summary>
    Member,

    /// <summary>Operates the platform: manages every account through the admin endpoints.</summary>
    Admin,
}

/// <summary>A login of an account.</summary>
public sealed class User
{
    /// <summary>The longest e-mail address (RFC 5321).</summary>
    public const int MaxEmailLength = 254;

    public const int MaxUsernameLength = 150;

    public long Id { get; set; }

    public long AccountId { get; set; }

    public Account Account { get; set; } = null!;

    public required string Username { get; set; }

    /// <summary>Upper-invariant form of <see cref="Username"/>: usernames are unique regardless of case.</summary>
    public required string NormalizedUsername { get; set; }

    public string? Email { get; set; }

    public required string PasswordHash { get; set; }

    public UserRole Role { get; set; }

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset PasswordChangedAt { get; set; }

    public static string Normalize(string username) => username.Trim().ToUpperInvariant();
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.Username).HasMaxLength(User.MaxUsernameLength);
        builder.Property(u => u.NormalizedUsername).HasMaxLength(User.MaxUsernameLength);
        builder.HasIndex(u => u.NormalizedUsername).IsUnique();
        builder.Property(u => u.Email).HasMaxLength(User.MaxEmailLength);
        builder.Property(u => u.PasswordHash).HasMaxLength(512);
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(16);
    }
}
