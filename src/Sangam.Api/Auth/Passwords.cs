using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Sangam.Api.Accounts;

namespace Sangam.Api.Auth;

/// <summary>
/// Password hashing (ASP.NET Core Identity's PBKDF2-HMAC-SHA512, <see cref="PasswordOptions.PasswordHashIterations"/>
/// iterations) and the password policy.
/// </summary>
public sealed class Passwords
{
    public const int MinimumLength = 10;
    public const int MaximumLength = 256;

    private static readonly User HashOwner = new() { Username = "", NormalizedUsername = "", PasswordHash = "" };

    private readonly PasswordHasher<User> _hasher;

    // Verifying against this when the username does not exist keeps both paths equally slow.
    private readonly string _decoyHash;

    public Passwords(IOptions<PasswordOptions> options)
    {
        _hasher = new(Options.Create(new PasswordHasherOptions { IterationCount = options.Value.PasswordHashIterations }));
        _decoyHash = _hasher.HashPassword(HashOwner, "decoy password that matches nothing");
    }

    public string Hash(string password) => _hasher.HashPassword(HashOwner, password);

    /// <summary>Verifies <paramref name="password"/>; with no stored hash, spends the same time and fails.</summary>
    public bool Verify(string? storedHash, string password)
    {
        var result = _hasher.VerifyHashedPassword(HashOwner, storedHash ?? _decoyHash, password);
        return storedHash is not null && result != PasswordVerificationResult.Failed;
    }

    /// <summary>Why a new password is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? password, string username) => password switch
    {
        null or "" => "A password is required.",
        { Length: < MinimumLength } => $"The password must have at least {MinimumLength} characters.",
        { Length: > MaximumLength } => $"The password must have at most {MaximumLength} characters.",
        _ when string.Equals(password, username, StringComparison.OrdinalIgnoreCase) => "The password must not be the username.",
        _ => null,
    };
}
