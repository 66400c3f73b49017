using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Documents.QrCodes;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>The pages of one invoice, and the pages of its first printed copy (where its items are read).</summary>
/// <param name="Pages">Every page of the invoice, copies included.</param>
/// <param name="FirstCopy">The pages of its first copy.</param>
/// <param name="DocumentPans">The PANs of the GSTINs verified anywhere in the document (a party printed on another invoice's page).</param>
internal sealed record InvoicePages(IReadOnlyList<PageReading> Pages, IReadOnlyList<PageReading> FirstCopy, IReadOnlySet<string> DocumentPans);

/// <summary>
/// Splits a document into its invoices. Each page is identified by the invoice number it prints (or its
/// e-invoice QR's), else by its supplier's GSTIN: a page naming another invoice starts a new one, a page
/// naming none continues the current one (an item table running over), and a page naming an invoice seen
/// before is a copy of it (original, duplicate, triplicate). Pages before any invoice, and documents with
/// no page that reads as a bill at all (an e-way bill, a pay slip: no invoice title, number label, e-invoice QR or,
/// failing those on every page, item table), give no invoice.
/// </summary>
internal static class InvoiceSegmenter
{
    /// <summary>Words at most in a title's phrase ("Tax Invoice/Bill of Supply/Cash Memo (Original for Recipient)").</summary>
    private const int TitleWords = 8;

    public static List<InvoicePages> Split(IReadOnlyList<PageReading> pages, IReadOnlyList<QrCodeReading> codes)
    {
        var identities = pages.Select(page => Identify(page, codes)).ToList();
        if (!identities.Any(identity => identity.IsInvoice))
        {
            // No title, number label or QR was read (a photo's title lost to glare, a form printed without one): a
            // page with a bill's item table is a bill, unless another paper's title says what it is.
            identities = [.. identities.Select((identity, i) => identity with { IsInvoice = !identity.OtherPaper && LineItemReader.HasItemTable(pages[i]) })];
            if (!identities.Any(identity => identity.IsInvoice))
            {
                return [];
            }
        }

        var groups = new List<Group>();
        Group? current = null;
        for (var i = 0; i < pages.Count; i++)
        {
            var identity = identities[i];
            if (identity.OtherPaper)
            {
                current = null;
                continue;
            }

            var known = identity.Number is null ? null : groups.Find(group => SameNumber(group.Number, identity.Number));
            if (known is not null && known != current)
            {
                // The same number again after another invoice: a copy printed further on.
                known.AddCopy(pages[i]);
                current = known;
            }
            else if (current is not null && !current.StartsAnother(identity))
            {
                current.Add(pages[i], identity);
            }
            else if (identity.IsInvoice || current is not null)
            {
                current = new Group(pages[i], identity);
                groups.Add(current);
            }
        }

        var pans = identities.SelectMany(identity => identity.Pans).ToHashSet();
        return [.. groups.Select(group => new InvoicePages(group.Pages, group.FirstCopy, pans))];
    }

    /// <summary>Numbers compare without case, spacing or punctuation, and with the letters OCR takes for digits read as those digits.</summary>
    private static bool SameNumber(string? a, string? b) => a is not null && b is not null && Comparable(a) == Comparable(b);

    private static string Comparable(string number) =>
        new([.. number.ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).Select(LookAlikes.AsDigit)]);

    private static PageIdentity Identify(PageReading page, IReadOnlyList<QrCodeReading> codes)
    {
        var text = new DocumentText([page]);
        var claimed = codes.FirstOrDefault(code => code.PageNumber == page.PageNumber && code.Claims is not null)?.Claims;
        var printed = InvoiceNumberReader.Read(text);
        var number = claimed?.DocNo ?? printed?.Value;
        var top = page.Lines.Take(page.Lines.Count / 3 + 1).ToList();
        var invoiceTitle = top.FindIndex(line => IsTitled(line, InvoiceLabels.InvoiceTitle));
        var otherTitle = top.FindIndex(line => IsTitled(line, InvoiceLabels.OtherPaperTitle));
        if (claimed is null && otherTitle >= 0 && (invoiceTitle < 0 || otherTitle < invoiceTitle))
        {
            // The paper's own title comes first; "invoice" further down is a section of it ("Part II - Invoice &
            // Valuation Details" of a bill of entry, the "Invoice Address" of a packing list).
            return new PageIdentity(null, null, null, IsInvoice: false, OtherPaper: true, new HashSet<string>());
        }

        var copy = top
            .Select(line => InvoiceLabels.CopyMarker.Matches(line.Text))
            .Where(matches => matches.Count == 1)
            .Select(matches => matches[0].Value.ToUpperInvariant())
            .FirstOrDefault();
        // A title only counts at the top: "invoice" or "receipt" in a footer or disclaimer does not make a page a bill.
        var isInvoice = invoiceTitle >= 0 || printed?.NamesAnInvoice == true || claimed is not null;
        var sightings = GstinSightings.Find(text);
        return new PageIdentity(number, GstinSightings.Letterhead(page, sightings), copy, isInvoice, OtherPaper: false, GstinSightings.VerifiedPans(sightings));
    }

    /// <summary>
    /// A title is a short phrase of its own: "debit note" in a sentence of the page's terms ("settled by means of debit
    /// note / credit note") names no paper.
    /// </summary>
    private static bool IsTitled(TextLine line, Regex title) =>
        title.Matches(line.Text).Any(match => line.PhraseAt(match.Index).Words.Count <= TitleWords);

    /// <summary>What a page says about which invoice it belongs to.</summary>
    /// <param name="Number">The invoice number printed on it, if any.</param>
    /// <param name="Supplier">The first GSTIN at its top, if any.</param>
    /// <param name="CopyMarker">"ORIGINAL", "DUPLICATE", ... when the page says which copy it is.</param>
    /// <param name="IsInvoice">The page reads as a bill: an invoice title at its top, an invoice-number label or an e-invoice QR.</param>
    /// <param name="OtherPaper">The page is titled as another paper (a bill of entry, an e-way bill, a packing list): it belongs to no invoice.</param>
    /// <param name="Pans">The PANs of the GSTINs verified on it.</param>
    private sealed record PageIdentity(string? Number, string? Supplier, string? CopyMarker, bool IsInvoice, bool OtherPaper, IReadOnlySet<string> Pans);

    private sealed class Group(PageReading first, PageIdentity identity)
    {
        private readonly List<PageReading> _firstCopy = [first];
        private string? _supplier = identity.Supplier;
        private string? _copyMarker = identity.CopyMarker;
        private bool _copying;

        public string? Number { get; private set; } = identity.Number;

        public List<PageReading> Pages { get; } = [first];

        public IReadOnlyList<PageReading> FirstCopy => _firstCopy;

        /// <summary>A page naming another number, or (with no number on either) another supplier, is another invoice.</summary>
        public bool StartsAnother(PageIdentity next) =>
            (next.Number is not null && Number is not null && !SameNumber(next.Number, Number))
            || (next.Number is null && next.Supplier is not null && _supplier is not null && next.Supplier != _supplier && next.IsInvoice);

        public void Add(PageReading page, PageIdentity next)
        {
            // The same header under another copy marker ("DUPLICATE FOR TRANSPORTER") starts the next copy; so does a
            // page marked as a later copy after pages marked as none (the original goes unsaid).
            if (next.CopyMarker is not null && next.CopyMarker != _copyMarker && next.Number is not null
                && (_copyMarker is not null || next.CopyMarker != "ORIGINAL"))
            {
                _copying = true;
            }

            Pages.Add(page);
            if (!_copying)
            {
                _firstCopy.Add(page);
            }

            Number ??= next.Number;
            _supplier ??= next.Supplier;
            _copyMarker ??= next.CopyMarker;
        }

        public void AddCopy(PageReading page)
        {
            Pages.Add(page);
            _copying = true;
        }
    }
}
