using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Sangam.Api.Http.Idempotency;

/// <summary>The first response to a POST carrying an <c>Idempotency-Key</c>, kept to answer repeats (platform-api.md §8).</summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public long AccountId { get; set; }

    public required string Key { get; set; }

    /// <summary>SHA-256 of method, path, query, content type and body: a key reused for another request is refused.</summary>
    public required string RequestHash { get; set; }

    public bool IsCompleted { get; set; }

    public int ResponseStatus { get; set; }

    public string? ResponseContentType { get; set; }

    public byte[]? ResponseBody { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.Property(r => r.Key).HasMaxLength(IdempotencyMiddleware.MaxKeyLength);
        builder.Property(r => r.RequestHash).HasMaxLength(64);
        builder.Property(r => r.ResponseContentType).HasMaxLength(200);
        builder.HasIndex(r => new { r.AccountId, r.Key }).IsUnique();
        builder.HasIndex(r => r.ExpiresAt);
    }
}
