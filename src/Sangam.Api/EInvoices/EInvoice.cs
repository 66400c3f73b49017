using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sangam.India.EInvoicing;

namespace Sangam.Api.EInvoices;

/// <summary>IRN status: active, or cancelled at the IRP (final).</summary>
public enum EInvoiceStatus
{
    Active,
    Cancelled,
}

/// <summary>NIC's codes for <see cref="EInvoiceStatus"/>.</summary>
public static class EInvoiceStatusCode
{
    public const string Active = "ACT";
    public const string Cancelled = "CNL";

    public static string Of(EInvoiceStatus status) => status == EInvoiceStatus.Cancelled ? Cancelled : Active;
}

/// <summary>
/// One e-invoice of an account, by IRN: the indexed facts the IRN list filters and shows, the signed invoice and QR
/// code as the IRP issued them, and the decoded invoice JSON. It belongs to the account that imported it.
/// </summary>
public sealed class EInvoice
{
    public const int DocumentNumberLength = 32;
    public const int SupplyTypeLength = 10;
    public const int SignatureKidLength = 64;

    public long Id { get; set; }

    public long AccountId { get; set; }

    public required string Irn { get; set; }

    /// <summary>As on the invoice (NIC sandbox GSTINs may fail their check character).</summary>
    public required string SellerGstin { get; set; }

    /// <summary>As on the invoice; <c>URP</c> for an unregistered buyer.</summary>
    public required string BuyerGstin { get; set; }

    /// <summary>INV, CRN or DBN.</summary>
    public required string DocumentType { get; set; }

    public required string DocumentNumber { get; set; }

    public DateOnly DocumentDate { get; set; }

    /// <summary>B2B, SEZWP, SEZWOP, EXPWP, EXPWOP, DEXP.</summary>
    public required string SupplyType { get; set; }

    public decimal TotalInvoiceValue { get; set; }

    public required string AckNumber { get; set; }

    public DateTimeOffset AcknowledgedAt { get; set; }

    public EInvoiceStatus Status { get; set; }

    public DateTimeOffset? CancelledAt { get; set; }

    public string? EwbNumber { get; set; }

    public DateTimeOffset? EwbDate { get; set; }

    public DateTimeOffset? EwbValidTill { get; set; }

    // Before the signed documents: the list reads this column, and SQLite reaches a column only through the ones
    // stored before it in the row.
    /// <summary>The signed invoice's <c>data</c>: the whole invoice with AckNo, AckDt and Irn, as signed.</summary>
    public required string InvoiceJson { get; set; }

    public required string SignedInvoice { get; set; }

    public string? SignedQrCode { get; set; }

    /// <summary>The signature verdict at import (verified or unknown key; bad signatures are not stored).</summary>
    public NicJwsVerdict SignatureVerdict { get; set; }

    public string? SignatureKid { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class EInvoiceConfiguration : IEntityTypeConfiguration<EInvoice>
{
    public void Configure(EntityTypeBuilder<EInvoice> builder)
    {
        builder.Property(e => e.Irn).HasMaxLength(Irn.Length);
        builder.HasIndex(e => new { e.AccountId, e.Irn }).IsUnique();
        builder.Property(e => e.SellerGstin).HasMaxLength(15);
        builder.Property(e => e.BuyerGstin).HasMaxLength(15);
        builder.Property(e => e.DocumentType).HasMaxLength(3);
        builder.Property(e => e.DocumentNumber).HasMaxLength(EInvoice.DocumentNumberLength);
        builder.Property(e => e.SupplyType).HasMaxLength(EInvoice.SupplyTypeLength);
        builder.Property(e => e.TotalInvoiceValue).HasPrecision(18, 2);
        builder.Property(e => e.AckNumber).HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.EwbNumber).HasMaxLength(12);
        builder.Property(e => e.SignatureVerdict).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.SignatureKid).HasMaxLength(EInvoice.SignatureKidLength);

        // The IRN list: one account, one GSTIN as seller (sales) or buyer (purchases), a range of acknowledgement
        // times, in acknowledgement order. The id ends both keys so the order is total and the index serves it.
        builder.HasIndex(e => new { e.AccountId, e.SellerGstin, e.AcknowledgedAt, e.Id });
        builder.HasIndex(e => new { e.AccountId, e.BuyerGstin, e.AcknowledgedAt, e.Id });
        builder.HasOne<Accounts.Account>().WithMany().HasForeignKey(e => e.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
