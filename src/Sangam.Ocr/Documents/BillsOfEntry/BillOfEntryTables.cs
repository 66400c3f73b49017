using System.Text.RegularExpressions;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.BillsOfEntry;

/// <summary>The part II (invoices) and part III (items and duties) tables of an ICEGATE bill of entry.</summary>
internal static class BillOfEntryTables
{
    private static readonly Regex NextPart = new(@"^\s*PART\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static readonly TableSpec Invoices = new(
        [
            TableColumn.Named("invoice_serial_number", @"Inv\.?\s*S\.?\s*No\.?"),
            TableColumn.Named("invoice_num", @"Invoice\s*No\.?"),
            TableColumn.Named("invoice_date", @"Invoice\s*Date"),
            TableColumn.Named("invoice_term", @"Terms?|TOI"),
            TableColumn.Named("freight_amount", @"Freight"),
            TableColumn.Named("freight_currency", @"Frt\.?\s*Cur(?:rency)?"),
            TableColumn.Named("insurance_amount", @"Insurance"),
            TableColumn.Named("insurance_currency", @"Ins\.?\s*Cur(?:rency)?"),
        ],
        ContinuationColumn: "invoice_num",
        End: NextPart,
        MinimumHeaderMatches: 4);

    public static readonly TableSpec Items = new(
        [
            TableColumn.Named("invoice_serial_number", @"Inv\.?\s*S\.?\s*No\.?"),
            TableColumn.Named("item_serial_number", @"Item\s*S\.?\s*No\.?"),
            TableColumn.Named("item_description", @"Description|Goods"),
            TableColumn.Named("cth", @"CTH|HS\s*Code|RITC"),
            TableColumn.Named("unit_of_measure", @"UQC|Unit"),
            TableColumn.Named("quantity", @"Qty\.?|Quantity"),
            TableColumn.Named("assessable_value", @"Assess(?:able)?\.?\s*Val(?:ue)?"),
            TableColumn.Named("igst_levi_num", @"(?:IGST\s*)?Notn\.?|Notification"),
            TableColumn.Named("igst_rate", @"IGST\s*(?:%|Rate)"),
            TableColumn.Named("igst_amount", @"IGST\s*Amt\.?|IGST\s*Amount"),
            TableColumn.Named("duty_total", @"Duty\s*Total|Total\s*Duty"),
        ],
        ContinuationColumn: "item_description",
        End: NextPart,
        MinimumHeaderMatches: 4);
}
