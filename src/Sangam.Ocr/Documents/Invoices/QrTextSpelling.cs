using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Documents.QrCodes;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Many bills carry a QR code of their own, not the IRP's (a billing program's, a UPI request), whose text holds the
/// invoice number. A QR code's text is exact (it is error-corrected); the number read from the page's pixels may not
/// be ("Bi/2026-27/116" for "BI/2026-27/116"). A token of such a code that is the number read, letter for letter up
/// to case and the shapes OCR confuses (O and 0, I and 1, S and 5, B and 8), gives the number its spelling.
/// </summary>
internal static partial class QrTextSpelling
{
    public static void Apply(DocumentText text, FieldSet fields, IReadOnlyList<QrCodeReading> codes)
    {
        if (fields["invoice_number"] is not { Value: string read } number || text.IsTextLayer(text.Pages[0].PageNumber))
        {
            return;
        }

        var spellings = codes.Where(code => code.Kind != QrCodeKind.EInvoiceSignedQr)
            .SelectMany(code => Separators().Split(code.Raw))
            .Where(token => token != read && SameShapes(token, read))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (spellings is [var spelling])
        {
            fields.Set("invoice_number", spelling, FieldAccuracy.CrossChecked(number.Accuracy), $"{number.Evidence}; spelled as in the page's QR code (read '{read}')", number.Source);
        }
    }

    private static bool SameShapes(string token, string read) =>
        token.Length == read.Length && token.Zip(read).All(pair => Shape(pair.First) == Shape(pair.Second));

    /// <summary>A character up to case and <see cref="LookAlikes"/>, a bar read for a 1 as a 1.</summary>
    private static char Shape(char c) => c == '|' ? '1' : LookAlikes.AsDigit(char.ToUpperInvariant(c));

    /// <summary>What separates the fields of a QR code's text: commas, semicolons, bars, spaces, line breaks, URL parameters.</summary>
    [GeneratedRegex(@"[\s,;|&?=]+", RegexOptions.CultureInvariant)]
    private static partial Regex Separators();
}
