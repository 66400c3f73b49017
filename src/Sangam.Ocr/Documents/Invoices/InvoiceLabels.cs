using System.Text.RegularExpressions;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>The printed labels Indian invoices use for each field (accounting packages, ERPs, airline and marketplace systems, hand-made templates).</summary>
internal static class InvoiceLabels
{
    /// <summary>
    /// Labels that name the document's own number: invoice, bill, credit or debit note, receipt, voucher ("Invoice N":
    /// a scan or photo that lost the label's last letters), also where one label names the number and the date ("Invoice
    /// No. &amp; Date : 1234 dt. 12/03/2024": the number comes first). A numbered form field ("2.INVOICE NO. &amp; DT." on a
    /// bill of entry) quotes an invoice, it does not name the paper's own number. "Bil No" is a "Bill No" whose doubled
    /// letter a blurred photo ran together, "Involce No" an "Invoice No" whose i was read as the l it looks like.
    /// </summary>
    public static readonly Regex InvoiceNumber = LabelFinder.Label(
        @"(?<!\d\s?[.,]\s?)(?:(?:Tax\s*|Sales\s*)?Invo[il]ce\s*(?:No|Number|Num|Nr|N|#|ID)|Inv\.?\s*(?:No|Nr|#)|(?<!Way\s*)Bill?\s*(?:No|Number|#)|(?:Credit|Debit)\s*Note\s*(?:No|Number|#)"
        + @"|Receipt\s*(?:No|Number|#)|Voucher\s*(?:No|Number)|(?:Cash\s*)?Memo\s*No|Invoice\s*(?:Serial|Sl\.?)\s*(?:No|Number|#)|Serial\s*No\.?\s*of\s*Invoice)"
        + @"(?:\.?\s*(?:&|and|/)\s*(?:Date|Dt)\.?)?");

    /// <summary>A document number label that other papers use too (e-way bills print "Document No."): a weaker witness.</summary>
    public static readonly Regex DocumentNumber = LabelFinder.Label(
        @"Document\s*(?:No|Nr|Number)|Doc\.?\s*(?:No|Nr)|(?<![\p{L}]\s*)Number|(?<![\p{L}]\s*)Bill(?!\s*(?:To|From|of|Date|Dt|Amount|Value|ing)\b)");

    /// <summary>
    /// The invoice's own date ("Invoice Dat": its last letter lost on a scan; "Invoice/Payment Date": a prepaid bill's
    /// one date for both).
    /// </summary>
    public static readonly Regex InvoiceDate = LabelFinder.Label(
        @"(?:Tax\s*)?Invoice(?:\s*/\s*Payment)?\s*(?:Date|Dat|Dt)|Inv\.?\s*(?:Date|Dt)|Date\s*of\s*(?:Invoice|Issue)|Bill\s*(?:Date|Dt)|(?:Credit|Debit)\s*Note\s*Date|Document\s*Date|Receipt\s*Date");

    /// <summary>"Date" or "Dated" on its own: the invoice's date when printed next to its number.</summary>
    public static readonly Regex AnyDate = LabelFinder.Label(@"Dated|Date|Dt");

    /// <summary>
    /// Words before a number or date label that make it another document's: "Original Invoice No.", "Order Date", "Due
    /// Date", "Work Order No. &amp; Date"; remarks and narrations quote numbers, the header states the document's own.
    /// </summary>
    public static readonly Regex OtherDocument = new(
        @"\b(?:Original|Orig|Ref(?:erence)?|Against|Previous|Order|P\.?\s*O|Purchase|Challan|Way|EWB|LR|RR|Lading|Booking|Ticket|PNR|Ack(?:nowledgement)?|IRN|Delivery|Dispatch|Despatch|Shipment|Shipper|Flight|Due|Payment|Supply|Entry|IGM|MAWB|HAWB|B/?L|Joining|Expiry|Exp|Mfg|Print(?:ed)?|Valid|Generated|Signed|Transaction|Check|Vehicle|Consignment|Docket|Job|Customer|Buyer|Seller|Sales|Work|Quotation|Contract|Mobile|Phone|Account|A/?c|Batch|Serial|Policy|Licen[cs]e|FSSAI|Order\s*Id|Remarks?|Narration)(?:\W*(?:No|Number)\.?\s*(?:&|and))?\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Another document's number printed just before a plain "Date" on its line ("L.R No 7318  Date: 05/02/2025",
    /// "PO No. 4512 Dt."): the date is that document's.
    /// </summary>
    public static readonly Regex OtherDocumentNumber = new(
        @"\b(?:L\.?\s*R|R\.?\s*R|P\.?\s*O|Order|Challan|Way\s*Bill|EWB|Docket|Consignment|Booking|Ack(?:nowledgement)?|Delivery\s*Note|Dispatch\s*Doc(?:ument)?)\.?\s*(?:No|Number|#)\.?\s*[:\-]?\s*[\w/-]*\d[\w/-]*\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The date a payment was made: a receipt's own date, another date on an invoice.</summary>
    public static readonly Regex PaymentDate = LabelFinder.Label(@"(?:Payment|Transaction)\s*Date(?:\s*(?:and|&)\s*Time)?");

    /// <summary>A number label that makes the document a payment receipt.</summary>
    public static readonly Regex Receipt = new(@"\bReceipt\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static readonly Regex DueDate = LabelFinder.Label(@"Due\s*Date|Payment\s*Due(?:\s*Date)?");
    public static readonly Regex PoNumber = LabelFinder.Label(@"Buyer'?s\s*Order\s*No|Cust(?:omer)?\.?\s*P\.?\s*O\.?\s*(?:No|Number)|P\.?\s*O\.?\s*(?:No|Number)|Purchase\s*Order(?:\s*No)?|Order\s*No");
    public static readonly Regex PaymentTerm = LabelFinder.Label(@"(?:Mode\s*/\s*)?Terms\s*of\s*Payment|Payment\s*Terms?");
    public static readonly Regex Irn = LabelFinder.Label(@"IRN(?:\s*No)?|IR\s*Number|Invoice\s*Reference\s*Number");
    public static readonly Regex EwayBill = LabelFinder.Label(@"e\s*-?\s*Way\s*Bill\s*(?:No|Number)?|EWB\s*No");
    /// <summary>"Place of Supply", or its abbreviation in capitals: "Pos." in title case heads an item-position column.</summary>
    public static readonly Regex PlaceOfSupply = LabelFinder.Label(@"Place\s*of\s*Supply(?:\s*/\s*State\s*Code)?|(?-i:PoS|POS)");
    public static readonly Regex Gstin = LabelFinder.Label(@"GSTIN(?:\s*/\s*UIN)?(?:\s*No)?|GST\s*No|GST\s*Reg(?:istration)?\s*No|GST\s*Tin\s*No|GSTN");
    public static readonly Regex Pan = LabelFinder.Label(@"PAN(?:\s*No)?");

    /// <summary>
    /// Buyer headings; "M/s" also as scans read it ("Mis", "Mls", "M1s"). "Customer" heads a block, "Customer Type",
    /// "Customer ID" label one field; "Recipient" heads one only with its colon or "Details", since every copy of an
    /// invoice is marked "Original for Recipient".
    /// </summary>
    public static readonly Regex Buyer = LabelFinder.Label(
        @"Bill(?:ed)?\s*To(?:\s*(?:\(Buyer\)|Party))?|Buyer(?!'?s\b)(?:\s*\(Bill\s*to\))?|(?:Details|Name\s*(?:&|and)\s*Address)\s*of\s*(?:the\s*)?(?:Receiver|Recipient|Buyer|Customer|Purchaser)(?:\s*\(Billed\s*to\))?|Buyer'?s\s*(?:Name|Details|Address)(?:\s*(?:&|and)\s*Address)?|(?:Receiver|Recipient)(?:\s*Details|(?=\s*:))|Party\s*(?:Name|Details)|Client(?=\s*:)|Sold\s*To|Customer(?!\s*(?:Type|Id\b|ID\b|Code|No\b|Number|Care|Category|Class|Contact|Mobile|Phone|E-?mail|Sign|Copy|Ref|Order|P\.?\s*O\b|GST|PAN|State|Since|Service|Support|Account|A/?c\b))(?:\s*(?:Name|Address|Details))?|Invoice\s*To|Billing\s*Address|Client\s*(?:Name|Details)|M\s*[/il1|]\s*s\.?|To\s*,");
    public static readonly Regex ShipTo = LabelFinder.Label(
        @"Ship(?:ped)?\s*To(?:\s*(?:\(Consignee\)|Party))?|Consignee(?:\s*\(Ship\s*to\))?|Deliver(?:y|ed)\s*(?:To|Address)|Details\s*of\s*(?:the\s*)?Consig\w*(?:\s*\(Shipped\s*to\))?|Shipping\s*Address");
    public static readonly Regex Supplier = LabelFinder.Label(@"Supplier|Seller(?:\s*Name)?|Sold\s*By|Details\s*of\s*Supplier|Invoice\s*From|Bill\s*From");

    /// <summary>Headings of blocks that belong to neither party: the transporter, the place goods leave from, the bank.</summary>
    public static readonly Regex ThirdParty = LabelFinder.Label(
        @"Transporter(?:\s*(?:Details|Information|Name))?|E-?Commerce\s*Operator|Ship(?:ped)?\s*From|Dispatch(?:ed)?\s*From|(?:Company'?s\s*)?Bank\s*Details");

    /// <summary>Words on a GSTIN's own line that say whose it is.</summary>
    public static readonly Regex BuyerContext = new(
        @"\b(?:Customer|Buyer|Recipient|Receiver|Client|Bill(?:ed)?\s*To|Billing|Party|Purchaser|Invoice\s*To)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static readonly Regex SupplierContext = new(@"\b(?:Supplier|Seller|Sold\s*By|Vendor|Our|Company'?s?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A GSTIN that is neither party's: transporter, e-commerce operator, agent.</summary>
    public static readonly Regex ThirdPartyContext = new(
        @"\b(?:Transporter|Transport|ECO|E-?Commerce|Operator|Agent|CHA|Broker|Entered\s*By|Generated\s*By)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Lines of a party block that are not its address: identifiers, state, contact details.</summary>
    public static readonly Regex PartyDetail = new(@"^(?:GSTIN|GST\s*No|PAN|State|Place\s*of\s*Supply|Phone|Ph|Mob|Tel|E-?mail|CIN|Contact)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Document titles that sit above the supplier and are not its name, including a short word or two before "Invoice" ("Reimbursement Invoice", "Commercial Invoice").</summary>
    public static readonly Regex Title = new(
        @"^(?:(?:[\p{L}-]+\s+){0,2}INVOICE\s*$|TAX\s*INVOICE|INVOICE|BILL\s*OF\s*SUPPLY|CREDIT\s*NOTE|DEBIT\s*NOTE|EXPORT\s*INVOICE|PROFORMA\s*INVOICE|RETAIL\s*INVOICE|e-?Invoice|ORIGINAL\s*FOR\s*RECIPIENT|DUPLICATE|TRIPLICATE)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static readonly Regex DocumentTitle = new(
        @"\b(TAX\s*INVOICE|BILL\s*OF\s*SUPPLY|CREDIT\s*NOTE|DEBIT\s*NOTE|EXPORT\s*INVOICE|PROFORMA\s*INVOICE|RETAIL\s*INVOICE)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A title or word that says the page is a bill: what makes a page an invoice rather than another paper.</summary>
    public static readonly Regex InvoiceTitle = new(
        @"(?<![\p{L}])(?:(?:Tax\s*)?Invoice|Bill\s*of\s*Supply|(?:Credit|Debit)\s*Note|Cash\s*Memo|(?<!Transaction\s*(?:Status\s*)?)Receipt|(?<!Way\s*|e-?\s*)Bill)(?![\p{L}])(?!\s*(?:of\s*(?:Entry|Lading)|To|From|ing))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Titles of papers that travel with invoices but are none: bills of entry, e-way bills, packing lists, waybills,
    /// challans, a bank's or the customs portal's receipt for a payment ("e-Payment Transaction Status Receipt"). No word boundary after the title, since scans often run it into the next word or rule line
    /// ("___BILLOFENTRYFORHOME");
    /// a title followed by a number or date label ("E-Way Bill No.") is a reference printed on an invoice, not a title.
    /// </summary>
    public static readonly Regex OtherPaperTitle = new(
        @"(?<![\p{L}\p{N}])(?:BILL\s*OF\s*ENTRY|E-?\s*WAY\s*BILL|PACKING\s*LIST|AIR\s*WAY\s*BILL|AIRWAY\s*BILL|LORRY\s*RECEIPT|TRANSACTION\s*(?:STATUS\s*)?RECEIPT|CONSIGNMENT\s*NOTE|DELIVERY\s*ORDER|CHECK\s*LIST|(?<!DELIVERY\s*)CHALLAN)(?!\s*(?:No|Number|Date|Dt)\b|\s*[:#])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>A credit note: its amounts are credits, printed positive or with a minus.</summary>
    public static readonly Regex CreditNote = new(@"\bCredit\s*Note\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Copy markers: the same invoice printed again for another reader.</summary>
    public static readonly Regex CopyMarker = new(
        @"\b(ORIGINAL|DUPLICATE|TRIPLICATE|QUADRUPLICATE|EXTRA\s*COPY|OFFICE\s*COPY|CUSTOMER\s*COPY|TRANSPORTER\s*COPY)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
}
