using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>The invoice header's other fields: due date, order number, payment terms, e-way bill, title, currency.</summary>
internal static class HeaderFields
{
    public static void Read(DocumentText text, FieldSet fields)
    {
        if (text.First(InvoiceLabels.DueDate, value => DateText.TryParseFirst(value.Text, out _)) is { } due && DateText.TryParseFirst(due.Text, out var dueDate))
        {
            fields.Set("invoice_due_date", DateText.Canonical(dueDate), text.AccuracyOf(due), $"labelled '{due.Label}'");
        }

        if (text.First(InvoiceLabels.PoNumber, value => value.Words[0].Text.Any(char.IsAsciiDigit)) is { } po)
        {
            fields.Set("po_number", po.Words[0].Text.TrimEnd('.', ','), text.AccuracyOf(po), $"labelled '{po.Label}'");
        }

        if (text.First(InvoiceLabels.PaymentTerm) is { } term)
        {
            fields.Set("payment_term", term.Text, text.AccuracyOf(term), $"labelled '{term.Label}'");
        }

        var ewb = text.All(InvoiceLabels.EwayBill).Select(value => (value, digits: IdentifierSearch.FindDigits(value.Text.Replace(" ", string.Empty, StringComparison.Ordinal), 12)))
            .FirstOrDefault(candidate => candidate.digits is not null);
        if (ewb.digits is { } ewayBill)
        {
            fields.Set("ewaybill_number", ewayBill, text.AccuracyOf(ewb.value), "12 digits");
        }

        var title = text.AllLines.Select(line => InvoiceLabels.DocumentTitle.Match(line.Text)).FirstOrDefault(match => match.Success);
        if (title is not null)
        {
            var line = text.AllLines.First(candidate => candidate.Text.Contains(title.Value, StringComparison.Ordinal));
            fields.Set("invoice_type", title.Value.ToUpperInvariant(), text.AccuracyOf(text.Pages[0].PageNumber, line.Phrases.Min(phrase => phrase.Confidence)), "document title");
        }

        var explicitCurrency = text.AllLines.Any(line => line.Text.Contains("INR", StringComparison.Ordinal) || line.Text.Contains('₹', StringComparison.Ordinal));
        fields.Set("currency", "INR", explicitCurrency ? 95 : 70, explicitCurrency ? "INR printed" : "Indian tax invoice default", explicitCurrency ? FieldSource.Printed : FieldSource.Computed);
    }
}
