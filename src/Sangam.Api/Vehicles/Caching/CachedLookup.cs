using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.Api.Connectors.Ulip;

namespace Sangam.Api.Vehicles.Caching;

/// <summary>
/// An upstream answer kept for reuse by every node: the second level of <see cref="LookupCache"/>. Entries belong
/// to an account; the request is stored only as a hash.
/// </summary>
public sealed class CachedLookup
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public UlipService Service { get; set; }

    /// <summary>SHA-256 of the normalised request (vehicle number, licence and date of birth, tag id).</summary>
    public required string RequestHash { get; set; }

    /// <summary>The payload as JSON (VAHAN's XML is a JSON string).</summary>
    public required string Payload { get; set; }

    public required string ResponseStatus { get; set; }

    public string? ResponseCode { get; set; }

    public bool Found { get; set; }

    public DateTimeOffset FetchedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class CachedLookupConfiguration : IEntityTypeConfiguration<CachedLookup>
{
    public void Configure(EntityTypeBuilder<CachedLookup> builder)
    {
        builder.Property(c => c.Service).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.RequestHash).HasMaxLength(64);
        builder.Property(c => c.ResponseStatus).HasMaxLength(32);
        builder.Property(c => c.ResponseCode).HasMaxLength(32);
        builder.HasIndex(c => new { c.AccountId, c.Service, c.RequestHash }).IsUnique();
        builder.HasIndex(c => c.ExpiresAt);
    }
}
