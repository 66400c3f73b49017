using System.Globalization;
using Sangam.India.EInvoicing;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// The IRN printed on an e-invoice, and its check: an IRN is the SHA-256 of the supplier's GSTIN, the financial
/// year, the document type and its number, so the value recomputed from those fields either is the printed one
/// (which confirms all four) or is not. A reading a few characters off the recomputed IRN (a scan printed in
/// three lines, OCR slips) is that IRN; one far off is left as read, or not given when it is no IRN at all.
/// </summary>
internal static class IrnReader
{
    /// <summary>Characters a reading of 64 may differ from the recomputed IRN by and still be it; by chance two IRNs differ in about 60.</summary>
    private const int MaxMisreadCharacters = 12;

    /// <summary>Lines an IRN may wrap onto under its label's value.</summary>
    private const int WrappedLines = 2;

    private static readonly string[] Confirmed = ["supplier_gstin", "invoice_number", "invoice_date"];

    public static void Read(DocumentText text, FieldSet fields, bool creditNote)
    {
        var computed = Computed(fields, creditNote);
        foreach (var found in text.All(InvoiceLabels.Irn))
        {
            var pieces = Pieces(text, found);
            var accuracy = text.AccuracyOf(found);
            var read = Enumerable.Range(1, pieces.Count).Select(count => IdentifierSearch.FindIrn(string.Join(' ', pieces.Take(count)))).FirstOrDefault(irn => irn is not null);
            if (read is var (exact, _) && computed.Contains(exact))
            {
                fields.Set("irn", exact, FieldAccuracy.CrossChecked(accuracy), "64 hex digits; recomputed from the supplier's GSTIN, year, type and number");
                ConfirmSources(fields);
                return;
            }

            var hex = string.Concat(pieces.SelectMany(piece => piece.Where(char.IsAsciiLetterOrDigit))).ToLowerInvariant();
            var near = computed.Select(irn => (Irn: irn, Distance: Distance(hex, irn)))
                .Where(candidate => candidate.Distance <= MaxMisreadCharacters)
                .OrderBy(candidate => candidate.Distance)
                .Select(candidate => ((string Irn, int Distance)?)candidate)
                .FirstOrDefault();
            if (near is var (nearest, distance))
            {
                fields.Set("irn", nearest, FieldAccuracy.CrossChecked(accuracy), $"read with {distance} character(s) astray; recomputed from the supplier's GSTIN, year, type and number");
                ConfirmSources(fields);
                return;
            }

            if (read is var (irn, changed))
            {
                fields.Set("irn", irn, changed == 0 ? accuracy : FieldAccuracy.Repaired(accuracy, changed), changed == 0 ? "64 hex digits" : $"repaired {changed} OCR confusion(s)");
                return;
            }
        }
    }

    /// <summary>The IRNs the document would have as an invoice, credit note or debit note, its own kind first.</summary>
    private static List<string> Computed(FieldSet fields, bool creditNote)
    {
        if (fields["supplier_gstin"] is not { Value: string gstin } || fields["invoice_number"] is not { Value: string number }
            || fields["invoice_date"] is not { Value: string printed } || !DateOnly.TryParseExact(printed, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return [];
        }

        EInvoiceDocumentType[] types = creditNote
            ? [EInvoiceDocumentType.CreditNote, EInvoiceDocumentType.Invoice, EInvoiceDocumentType.DebitNote]
            : [EInvoiceDocumentType.Invoice, EInvoiceDocumentType.CreditNote, EInvoiceDocumentType.DebitNote];
        return [.. types.Select(type => Irn.Compute(gstin, date, type, number).Value)];
    }

    /// <summary>The supplier's GSTIN, the number and the date hash to the printed IRN: each is confirmed.</summary>
    private static void ConfirmSources(FieldSet fields)
    {
        foreach (var key in Confirmed)
        {
            fields.Rescore(key, FieldAccuracy.CrossChecked, "the IRN recomputed from it is the printed one");
        }
    }

    /// <summary>The label's value and the phrases right under it, where a long IRN wraps.</summary>
    private static List<string> Pieces(DocumentText text, LabelledValue found)
    {
        var page = text.Page(found.PageNumber);
        var pieces = new List<string> { found.Text };
        var box = found.Box;
        foreach (var line in page.Lines.Where(line => line.Box.Top > box.Bottom - (box.Height / 2)).Take(WrappedLines))
        {
            var under = line.Phrases.FirstOrDefault(phrase => phrase.Box.HorizontalOverlap(box) > 0);
            if (under is null)
            {
                break;
            }

            pieces.Add(under.Text);
        }

        return pieces;
    }

    /// <summary>Levenshtein distance, stopping early once past the threshold.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > MaxMisreadCharacters)
        {
            return int.MaxValue;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
