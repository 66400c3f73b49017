using System.Text.RegularExpressions;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>The printed labels Indian invoices use for each field (accounting packages, ERPs, hand-made templates).</summary>
internal static class InvoiceLabels
{
    public static readonly Regex InvoiceNumber = LabelFinder.Label(@"Invoice\s*(?:No|Number|Num|#)|Inv\.?\s*No|(?<!Way\s*)Bill\s*No|Document\s*No|Doc\.?\s*No");
    public static readonly Regex InvoiceDate = LabelFinder.Label(@"Invoice\s*Date|Inv\.?\s*Date|Dated|Date\s*of\s*Invoice|Bill\s*Date|Document\s*Date");
    public static readonly Regex DueDate = LabelFinder.Label(@"Due\s*Date|Payment\s*Due(?:\s*Date)?");
    public static readonly Regex PoNumber = LabelFinder.Label(@"Buyer'?s\s*Order\s*No|P\.?\s*O\.?\s*(?:No|Number)|Purchase\s*Order(?:\s*No)?|Order\s*No");
    public static readonly Regex PaymentTerm = LabelFinder.Label(@"(?:Mode\s*/\s*)?Terms\s*of\s*Payment|Payment\s*Terms?");
    public static readonly Regex Irn = LabelFinder.Label(@"IRN(?:\s*No)?");
    public static readonly Regex EwayBill = LabelFinder.Label(@"e\s*-?\s*Way\s*Bill\s*(?:No|Number)?|EWB\s*No");
    public static readonly Regex PlaceOfSupply = LabelFinder.Label(@"Place\s*of\s*Supply");
    public static readonly Regex Gstin = LabelFinder.Label(@"GSTIN(?:\s*/\s*UIN)?(?:\s*No)?|GST\s*No|GST\s*Reg(?:istration)?\s*No");
    public static readonly Regex Pan = LabelFinder.Label(@"PAN(?:\s*No)?");

    public static readonly Regex Buyer = LabelFinder.Label(@"Bill(?:ed)?\s*To(?:\s*\(Buyer\))?|Buyer(?!'?s\b)(?:\s*\(Bill\s*to\))?|Details\s*of\s*Receiver|Sold\s*To|Customer");
    public static readonly Regex ShipTo = LabelFinder.Label(@"Ship(?:ped)?\s*To(?:\s*\(Consignee\))?|Consignee(?:\s*\(Ship\s*to\))?|Deliver(?:y|ed)\s*(?:To|Address)|Details\s*of\s*Consignee");
    public static readonly Regex Supplier = LabelFinder.Label(@"Supplier|Seller|Sold\s*By|Details\s*of\s*Supplier");

    /// <summary>Lines of a party block that are not its address: identifiers, state, contact details.</summary>
    public static readonly Regex PartyDetail = new(@"^(?:GSTIN|GST\s*No|PAN|State|Place\s*of\s*Supply|Phone|Ph|Mob|Tel|E-?mail|CIN|Contact)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Document titles that sit above the supplier and are not its name.</summary>
    public static readonly Regex Title = new(
        @"^(?:TAX\s*INVOICE|INVOICE|BILL\s*OF\s*SUPPLY|CREDIT\s*NOTE|DEBIT\s*NOTE|EXPORT\s*INVOICE|PROFORMA\s*INVOICE|RETAIL\s*INVOICE|e-?Invoice|ORIGINAL\s*FOR\s*RECIPIENT|DUPLICATE|TRIPLICATE)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static readonly Regex TotalTaxable = LabelFinder.Label(@"Taxable\s*(?:Value|Amount|Amt)|Sub\s*-?\s*Total|Total\s*Taxable(?:\s*Value)?|Assessable\s*Value");
    public static readonly Regex Cgst = LabelFinder.Label(@"(?:Total\s*)?CGST(?:\s*Amount)?|Central\s*Tax");
    public static readonly Regex Sgst = LabelFinder.Label(@"(?:Total\s*)?(?:SGST|UTGST)(?:\s*Amount)?|State\s*Tax");
    public static readonly Regex Igst = LabelFinder.Label(@"(?:Total\s*)?IGST(?:\s*Amount)?|Integrated\s*Tax");
    public static readonly Regex TotalTax = LabelFinder.Label(@"Total\s*Tax(?:\s*Amount)?|Total\s*GST");
    public static readonly Regex Discount = LabelFinder.Label(@"(?:Total\s*)?Discount");
    public static readonly Regex Rounding = LabelFinder.Label(@"Round(?:ing|ed)?\s*-?\s*(?:Off)?");
    public static readonly Regex InvoiceAmount = LabelFinder.Label(
        @"Total\s*Invoice\s*(?:Value|Amount)|Grand\s*Total(?:\s*\(INR\))?|Invoice\s*Total|Total\s*Amount(?:\s*Payable)?|Net\s*(?:Amount|Payable)|Amount\s*Payable|Invoice\s*Value");

    public static readonly Regex DocumentTitle = new(
        @"\b(TAX\s*INVOICE|BILL\s*OF\s*SUPPLY|CREDIT\s*NOTE|DEBIT\s*NOTE|EXPORT\s*INVOICE|PROFORMA\s*INVOICE|RETAIL\s*INVOICE)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
