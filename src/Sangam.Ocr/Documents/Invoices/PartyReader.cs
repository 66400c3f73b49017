using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>Reads name, address, GSTIN and PAN of the supplier, buyer and ship-to parties.</summary>
internal static partial class PartyReader
{
    /// <summary>A letterhead read less surely than this gives way to the name on the signature line.</summary>
    private const double MinimumLetterheadAccuracy = 75;

    public static void Read(DocumentText text, FieldSet fields)
    {
        var blocks = PartyLocator.Locate(text.Pages[0]);
        foreach (var block in blocks.Where(block => block.Role is PartyRole.Buyer or PartyRole.ShipTo))
        {
            var prefix = block.Role == PartyRole.Buyer ? "buyer" : "ship_to";
            if (fields[$"{prefix}_name"] is not null || block.Phrases.Count == 0)
            {
                continue;
            }

            var name = block.Phrases[0];
            fields.Set($"{prefix}_name", CleanName(name.Text), text.AccuracyOf(block.PageNumber, name.Confidence), "under its heading");
            SetAddress(text, fields, $"{prefix}_address", block, block.Phrases.Skip(1));
            if (block.Role == PartyRole.ShipTo)
            {
                SetShipToGstin(text, fields, block);
            }
        }

        ReadSupplier(text, fields, blocks.First(block => block.Role == PartyRole.Supplier));
        DerivePan(fields, "supplier_gstin", "pan_number");
        DerivePan(fields, "buyer_gstin", "buyer_pan_number");
    }

    private static void ReadSupplier(DocumentText text, FieldSet fields, PartyBlock block)
    {
        // With no "Supplier" heading, the supplier's name is the most prominent text above its GSTIN
        // that is neither the document title, a labelled detail, nor an address line.
        var gstinLine = block.Phrases.FirstOrDefault(phrase => InvoiceLabels.Gstin.IsMatch(phrase.Text))?.Box.Top ?? int.MaxValue;
        var name = MostProminentName(block.Phrases.Where(phrase => phrase.Box.Bottom <= gstinLine));
        var signature = SignatureLine.Find(text);
        var headerAccuracy = name is null ? 0 : text.AccuracyOf(block.PageNumber, name.Confidence);
        if (name is not null && signature is { } signed && Normalize(signed.Name) == Normalize(name.Text))
        {
            // Same name twice: keep the signature's spelling, letterheads are often in capitals.
            fields.Set("supplier_name", signed.Name, FieldAccuracy.CrossChecked(headerAccuracy), "letterhead and signature line agree");
        }
        else if (name is not null && (headerAccuracy >= MinimumLetterheadAccuracy || signature is null))
        {
            fields.Set("supplier_name", CleanName(name.Text), headerAccuracy, "letterhead");
        }
        else if (signature is { } fallback)
        {
            fields.Set("supplier_name", fallback.Name, FieldAccuracy.Guessed(text.AccuracyOf(fallback.PageNumber, fallback.Confidence)), "signature line");
        }

        if (name is not null)
        {
            var below = block.Phrases.Where(phrase => phrase.Box.Top > name.Box.Bottom && phrase.Box.HorizontalOverlap(name.Box) > 0);
            SetAddress(text, fields, "supplier_address", block, below);
        }
    }

    /// <summary>The name-like phrase printed in the tallest letters, the higher of equals: a letterhead's name.</summary>
    internal static Phrase? MostProminentName(IEnumerable<Phrase> phrases) =>
        phrases.Where(phrase => IsNameLike(phrase.Text))
            .OrderByDescending(phrase => Median(phrase.Words.Select(word => word.Box.Height)))
            .ThenBy(phrase => phrase.Box.Top)
            .FirstOrDefault();

    /// <summary>A phrase that could be a party's name: not the title, a labelled detail, an address or a number.</summary>
    private static bool IsNameLike(string text) =>
        !InvoiceLabels.Title.IsMatch(CleanName(text)) && !text.Contains(':', StringComparison.Ordinal) && !InvoiceLabels.PartyDetail.IsMatch(text)
        && LetterRun().IsMatch(text) && !LongNumber().IsMatch(text) && text.Count(c => c == ',') < 2;

    private static void SetAddress(DocumentText text, FieldSet fields, string key, PartyBlock block, IEnumerable<Phrase> phrases)
    {
        var address = phrases.TakeWhile(phrase => !InvoiceLabels.PartyDetail.IsMatch(phrase.Text) && !IdentifierLike().IsMatch(phrase.Text)).ToList();
        if (address.Count > 0)
        {
            fields.Set(key, string.Join(", ", address.Select(phrase => phrase.Text.Trim(' ', ','))), text.AccuracyOf(block.PageNumber, address.Min(phrase => phrase.Confidence)), "lines under the name");
        }
    }

    /// <summary>The consignee's GSTIN: the first GSTIN printed in its block.</summary>
    private static void SetShipToGstin(DocumentText text, FieldSet fields, PartyBlock block)
    {
        foreach (var phrase in block.Phrases)
        {
            if (IdentifierSearch.FindGstin(phrase.Text) is { CheckCharacterValid: true } found)
            {
                var (accuracy, evidence) = found.Score(text.AccuracyOf(block.PageNumber, phrase.Confidence));
                fields.Set("ship_to_gstin", found.Gstin, accuracy, $"{evidence}; under the consignee heading");
                return;
            }
        }
    }

    /// <summary>The PAN is characters 3-12 of the GSTIN; it is as sure as the GSTIN.</summary>
    private static void DerivePan(FieldSet fields, string gstinKey, string panKey)
    {
        if (fields[gstinKey] is { Value: string gstin } field && gstin.Length == 15)
        {
            fields.Set(panKey, gstin[2..12], field.Accuracy, "from the GSTIN", FieldSource.Computed);
        }
    }

    private static string CleanName(string name) => name.Trim(' ', ':', ',', '.', '-', '|', '_', '=');

    private static string Normalize(string name) => Whitespace().Replace(CleanName(name), " ").ToUpperInvariant();

    private static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }

    [GeneratedRegex(@"\p{L}{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex LetterRun();

    [GeneratedRegex(@"\d{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:IRN|Ack|GSTIN|PAN)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifierLike();
}
