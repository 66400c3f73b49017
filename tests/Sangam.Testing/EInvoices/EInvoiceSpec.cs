using System.Globalization;
using System.Security.Cryptography;

namespace Sangam.Testing.EInvoices;

/// <summary>What an e-invoice made by a test says; everything but the parties and the acknowledgement time has a default.</summary>
public sealed record EInvoiceSpec(string SellerGstin, string BuyerGstin, DateTime AckDt)
{
    public string DocNumber { get; init; } = NewDocumentNumber();

    public string DocType { get; init; } = "INV";

    /// <summary>Defaults to the day of <see cref="AckDt"/>.</summary>
    public DateOnly? DocDate { get; init; }

    public decimal TaxableValue { get; init; } = 10000m;

    public string HsnCode { get; init; } = "39232990";

    public long AckNo { get; init; } = 190_000_000_000_000 + RandomNumberGenerator.GetInt32(1, int.MaxValue);

    public string Status { get; init; } = "ACT";

    public long? EwbNo { get; init; }

    public DateTime? EwbDt { get; init; }

    public DateTime? EwbValidTill { get; init; }

    public DateOnly DocumentDate => DocDate ?? DateOnly.FromDateTime(AckDt);

    public decimal InvoiceValue => TaxableValue * 1.18m;

    /// <summary>A document number NIC accepts (upper case, digits, / and -), unique enough for one test run.</summary>
    public static string NewDocumentNumber() =>
        string.Create(CultureInfo.InvariantCulture, $"T{RandomNumberGenerator.GetHexString(10)}");
}
