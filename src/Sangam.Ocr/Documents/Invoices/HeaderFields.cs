using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>The invoice header's other fields: due date, order number, payment terms, IRN, e-way bill, title, currency.</summary>
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

        ReadIrn(text, fields);
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

    /// <summary>The 64 hex digits after an IRN label, also when printed over two lines under it.</summary>
    private static void ReadIrn(DocumentText text, FieldSet fields)
    {
        foreach (var found in text.All(InvoiceLabels.Irn))
        {
            var page = text.Pages.First(candidate => candidate.PageNumber == found.PageNumber);
            var wrapped = $"{found.Text} {Under(page, found)}";
            if ((IdentifierSearch.FindIrn(found.Text) ?? IdentifierSearch.FindIrn(wrapped)) is var (irn, changed))
            {
                var accuracy = text.AccuracyOf(found);
                fields.Set("irn", irn, changed == 0 ? accuracy : FieldAccuracy.Repaired(accuracy, changed), changed == 0 ? "64 hex digits" : $"repaired {changed} OCR confusion(s)");
                return;
            }
        }
    }

    /// <summary>The phrase on the line under a labelled value, in its column.</summary>
    private static string Under(PageReading page, LabelledValue found)
    {
        var centre = found.Words[^1].Box.CenterY;
        var valueLine = page.Lines.ToList().FindIndex(line => line.Box.Top <= centre && centre <= line.Box.Bottom);
        var line = valueLine >= 0 && valueLine + 1 < page.Lines.Count ? page.Lines[valueLine + 1] : null;
        return line?.Phrases.FirstOrDefault(phrase => phrase.Box.HorizontalOverlap(found.Box) > 0)?.Text ?? string.Empty;
    }
}
