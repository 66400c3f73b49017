using System.Globalization;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>One line of goods or services on a tax invoice.</summary>
public sealed record InvoiceLine(string Description, string Hsn, decimal Quantity, string Uom, decimal UnitPrice, decimal GstRate)
{
    public decimal TaxableValue => Math.Round(Quantity * UnitPrice, 2);

    public decimal Tax => Math.Round(TaxableValue * GstRate / 100, 2);

    public decimal Amount => TaxableValue + Tax;
}

/// <summary>Everything printed on a generated tax invoice, and therefore what a reader should extract.</summary>
public sealed record InvoiceTruth
{
    public required string InvoiceNumber { get; init; }

    public required DateOnly InvoiceDate { get; init; }

    public required DateOnly DueDate { get; init; }

    public required string PoNumber { get; init; }

    public required string PaymentTerm { get; init; }

    public required Party Supplier { get; init; }

    public required Party Buyer { get; init; }

    public required Party ShipTo { get; init; }

    public required IReadOnlyList<InvoiceLine> Lines { get; init; }

    public string? Irn { get; init; }

    public string? EwayBillNumber { get; init; }

    /// <summary>The signed QR text (a compact JWS) printed on an e-invoice.</summary>
    public string? SignedQrCode { get; init; }

    /// <summary>Supplier and place of supply in different states: IGST instead of CGST + SGST.</summary>
    public bool InterState => Supplier.StateCode != Buyer.StateCode;

    public decimal TotalTaxable => Lines.Sum(line => line.TaxableValue);

    public decimal TotalTax => Lines.Sum(line => line.Tax);

    public decimal Cgst => InterState ? 0 : Lines.Sum(line => Math.Round(line.Tax / 2, 2));

    public decimal Sgst => InterState ? 0 : TotalTax - Cgst;

    public decimal Igst => InterState ? TotalTax : 0;

    /// <summary>Invoices round the payable amount to whole rupees.</summary>
    public decimal InvoiceAmount => Math.Round(TotalTaxable + TotalTax, 0, MidpointRounding.AwayFromZero);

    public decimal RoundingAmount => InvoiceAmount - (TotalTaxable + TotalTax);

    public string PlaceOfSupply => $"{Buyer.StateCode}-{Buyer.StateName}";

    /// <summary>The expected header fields, keyed by the wire names of the invoice OCR response, in canonical text form.</summary>
    public IReadOnlyDictionary<string, string> ExpectedFields
    {
        get
        {
            var fields = new Dictionary<string, string>
            {
                ["invoice_number"] = InvoiceNumber,
                ["invoice_date"] = Date(InvoiceDate),
                ["invoice_due_date"] = Date(DueDate),
                ["po_number"] = PoNumber,
                ["payment_term"] = PaymentTerm,
                ["supplier_name"] = Supplier.Name,
                ["supplier_gstin"] = Supplier.Gstin,
                ["pan_number"] = Supplier.Pan,
                ["buyer_name"] = Buyer.Name,
                ["buyer_gstin"] = Buyer.Gstin,
                ["buyer_pan_number"] = Buyer.Pan,
                ["ship_to_name"] = ShipTo.Name,
                ["ship_to_gstin"] = ShipTo.Gstin,
                ["place_of_supply"] = PlaceOfSupply,
                ["total_taxable"] = Money(TotalTaxable),
                ["total_cgst_amount"] = Money(Cgst),
                ["total_sgst_amount"] = Money(Sgst),
                ["total_igst_amount"] = Money(Igst),
                ["total_tax_amount"] = Money(TotalTax),
                ["invoice_amount"] = Money(InvoiceAmount),
                ["currency"] = "INR",
            };
            if (Irn is not null)
            {
                fields["irn"] = Irn;
            }

            if (EwayBillNumber is not null)
            {
                fields["ewaybill_number"] = EwayBillNumber;
            }

            return fields;
        }
    }

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
