using System.Globalization;

namespace Sangam.Ocr.Corpus.Truth;

/// <summary>A supplier invoice declared on a bill of entry.</summary>
public sealed record BoeInvoice(int SerialNumber, string Number, DateOnly Date, string Terms, decimal Freight, string FreightCurrency, decimal Insurance, string InsuranceCurrency);

/// <summary>An imported item with its assessment and duties.</summary>
public sealed record BoeItem(
    int InvoiceSerialNumber, int ItemSerialNumber, string Description, string Cth, string Uqc, decimal Quantity,
    decimal AssessableValue, string IgstNotification, decimal IgstRate, decimal IgstAmount, decimal DutyTotal);

/// <summary>An ICEGATE bill of entry and what a reader should extract from it.</summary>
public sealed record BillOfEntryTruth
{
    public required string PortCode { get; init; }

    public required string BeNumber { get; init; }

    public required DateOnly BeDate { get; init; }

    public required string BeType { get; init; }

    public required string ImporterName { get; init; }

    public required string ImporterAddress { get; init; }

    public required string ImporterPincode { get; init; }

    public required string Iec { get; init; }

    public required string Gstin { get; init; }

    public required string CountryOfConsignment { get; init; }

    public required string PortOfShipment { get; init; }

    public required decimal ExchangeRate { get; init; }

    public required int Packages { get; init; }

    public required decimal GrossWeight { get; init; }

    public required string MawbNumber { get; init; }

    public required DateOnly MawbDate { get; init; }

    public required string HawbNumber { get; init; }

    public required DateOnly HawbDate { get; init; }

    public required decimal Interest { get; init; }

    public required decimal Penalty { get; init; }

    public required decimal Fine { get; init; }

    public required IReadOnlyList<BoeInvoice> Invoices { get; init; }

    public required IReadOnlyList<BoeItem> Items { get; init; }

    public decimal TotalAssessableValue => Items.Sum(item => item.AssessableValue);

    public decimal TotalDuty => Items.Sum(item => item.DutyTotal);

    public decimal TotalAmount => TotalDuty + Interest + Penalty + Fine;

    /// <summary>The flat <c>format=boe</c> fields: repeated groups numbered from 1 (invoices by invoice, item fields by item).</summary>
    public IReadOnlyDictionary<string, string> ExpectedFields
    {
        get
        {
            var fields = new Dictionary<string, string>
            {
                ["port_code"] = PortCode,
                ["boe_num"] = BeNumber,
                ["boe_date"] = InvoiceTruth.Date(BeDate),
                ["be_type"] = BeType,
                ["importer_name"] = ImporterName,
                ["importer_address"] = ImporterAddress,
                ["importer_pincode"] = ImporterPincode,
                ["iec"] = Iec,
                ["gstin"] = Gstin,
                ["country_of_consignment"] = CountryOfConsignment,
                ["port_of_shipment"] = PortOfShipment,
                ["exchange_rate"] = ExchangeRate.ToString("0.00##", CultureInfo.InvariantCulture),
                ["no_of_pkg"] = Packages.ToString(CultureInfo.InvariantCulture),
                ["gross_weight"] = GrossWeight.ToString("0.000", CultureInfo.InvariantCulture),
                ["mawb_number"] = MawbNumber,
                ["mawb_date"] = InvoiceTruth.Date(MawbDate),
                ["hawb_number"] = HawbNumber,
                ["hawb_date"] = InvoiceTruth.Date(HawbDate),
                ["total_ass_val"] = InvoiceTruth.Money(TotalAssessableValue),
                ["total_duty"] = InvoiceTruth.Money(TotalDuty),
                ["total_int"] = InvoiceTruth.Money(Interest),
                ["total_pnlty"] = InvoiceTruth.Money(Penalty),
                ["total_fine"] = InvoiceTruth.Money(Fine),
                ["total_amount"] = InvoiceTruth.Money(TotalAmount),
            };
            foreach (var invoice in Invoices)
            {
                var n = invoice.SerialNumber;
                fields[$"invoice_num_{n}"] = invoice.Number;
                fields[$"invoice_date_{n}"] = InvoiceTruth.Date(invoice.Date);
                fields[$"invoice_term_{n}"] = invoice.Terms;
                fields[$"freight_amount_{n}"] = InvoiceTruth.Money(invoice.Freight);
                fields[$"freight_currency_{n}"] = invoice.FreightCurrency;
                fields[$"insurance_amount_{n}"] = InvoiceTruth.Money(invoice.Insurance);
                fields[$"insurance_currency_{n}"] = invoice.InsuranceCurrency;
            }

            for (var i = 0; i < Items.Count; i++)
            {
                var item = Items[i];
                var n = i + 1;
                fields[$"invoice_serial_number_{n}"] = item.InvoiceSerialNumber.ToString(CultureInfo.InvariantCulture);
                fields[$"item_serial_number_{n}"] = item.ItemSerialNumber.ToString(CultureInfo.InvariantCulture);
                fields[$"igst_levi_num_{n}"] = item.IgstNotification;
                fields[$"igst_rate_{n}"] = item.IgstRate.ToString("0.##", CultureInfo.InvariantCulture);
                fields[$"igst_amount_{n}"] = InvoiceTruth.Money(item.IgstAmount);
                fields[$"duty_total_{n}"] = InvoiceTruth.Money(item.DutyTotal);
                fields[$"unit_of_measure_{n}"] = item.Uqc;
            }

            return fields;
        }
    }
}
