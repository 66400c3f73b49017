using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;
using static Sangam.Ocr.Documents.LabelledFields;

namespace Sangam.Ocr.Documents.BillsOfEntry;

/// <summary>Extracts an ICEGATE bill of entry: part I header fields, part II invoices, part III items and duties.</summary>
internal static class BillOfEntryExtractor
{
    private static readonly LabelledField[] HeaderSpecs =
    [
        Field("port_code", @"Port\s*Code|Custom\s*Stn", ValueShape.PortCode),
        Field("boe_num", @"B\.?\s*/?\s*E\.?\s*No\.?(?:\s*/\s*Date)?|Bill\s*of\s*Entry\s*No", ValueShape.Token),
        Field("boe_date", @"B\.?\s*/?\s*E\.?\s*Date|Bill\s*of\s*Entry\s*Date|B\.?\s*E\.?\s*No\.?\s*/\s*Date", ValueShape.Date),
        Field("be_type", @"B\.?\s*/?\s*E\.?\s*Type", ValueShape.Token),
        Field("importer_name", @"Importer(?:'?s)?\s*Name(?:\s*&\s*Address)?|Importer", ValueShape.Text),
        Field("country_of_consignment", @"Country\s*of\s*Consignment|Cons\.?\s*Country", ValueShape.Text),
        Field("port_of_shipment", @"Port\s*of\s*(?:Shipment|Loading)", ValueShape.Text),
        Field("exchange_rate", @"Exchange\s*Rate|Exch\.?\s*Rate", ValueShape.Number),
        Field("no_of_pkg", @"No\.?\s*of\s*(?:Packages|Pkgs?)|Packages", ValueShape.Integer),
        Field("gross_weight", @"Gross\s*W(?:eigh)?t", ValueShape.Number),
        Field("mawb_number", @"MAWB\s*No", ValueShape.Token),
        Field("mawb_date", @"MAWB\s*Date", ValueShape.Date),
        Field("hawb_number", @"HAWB\s*No", ValueShape.Token),
        Field("hawb_date", @"HAWB\s*Date", ValueShape.Date),
        Field("total_ass_val", @"(?:Total|TOT)\.?\s*Ass(?:essable|\.)?\s*Val(?:ue)?", ValueShape.AmountText),
        Field("total_duty", @"(?:Total|TOT)\.?\s*Duty", ValueShape.AmountText),
        Field("total_int", @"Interest|INT", ValueShape.AmountText),
        Field("total_pnlty", @"Penalty|PNLTY", ValueShape.AmountText),
        Field("total_fine", @"Fine", ValueShape.AmountText),
        Field("total_amount", @"(?:Total|TOT)\.?\s*Amount", ValueShape.AmountText),
    ];

    private static readonly string[] AmountColumns = ["freight_amount", "insurance_amount", "assessable_value", "igst_amount", "duty_total"];

    public static BillOfEntryReading Extract(DocumentPages document, TimeSpan elapsed)
    {
        var text = new DocumentText(document.Pages);
        var header = new FieldSet();
        Read(text, header, HeaderSpecs);
        ChecklistTotals.Read(text, header);
        ReadGstin(text, header);
        ReadIec(text, header);
        ReadImporterAddress(text, header);
        var invoices = ReadTable(text, BillOfEntryTables.Invoices);
        var items = ReadTable(text, BillOfEntryTables.Items);
        CheckDuties(header, items);
        ChallanPayments.Reconcile(text, header);
        return new BillOfEntryReading(document, elapsed, header.ToDictionary(), invoices, items);
    }

    private static void ReadGstin(DocumentText text, FieldSet header)
    {
        foreach (var found in text.All(LabelFinder.Label("GSTIN(?:\\s*/\\s*TYPE)?")))
        {
            if (IdentifierSearch.FindGstin(found.Text) is { } gstin)
            {
                var (accuracy, evidence) = gstin.Score(text.AccuracyOf(found));
                header.Set("gstin", gstin.Gstin, accuracy, evidence);
                return;
            }
        }
    }

    /// <summary>The importer-exporter code is PAN-shaped; reading it as such undoes OCR's letter/digit slips.</summary>
    private static void ReadIec(DocumentText text, FieldSet header)
    {
        foreach (var found in text.All(LabelFinder.Label(@"IEC(?:\s*/\s*Br)?|IE\s*Code")))
        {
            if (IdentifierSearch.FindPan(found.Text) is var (iec, changed))
            {
                var accuracy = text.AccuracyOf(found);
                header.Set("iec", iec, changed == 0 ? accuracy : FieldAccuracy.Repaired(accuracy, changed), changed == 0 ? "PAN-shaped code" : $"repaired {changed} OCR confusion(s)");
                return;
            }
        }
    }

    /// <summary>The lines under the importer's name; the six-digit PIN code at the end is its own field.</summary>
    private static void ReadImporterAddress(DocumentText text, FieldSet header)
    {
        foreach (var page in text.Pages)
        {
            var nameLine = page.Lines.ToList().FindIndex(line => header["importer_name"] is { } name && line.Text.Contains(name.Text, StringComparison.Ordinal));
            if (nameLine < 0)
            {
                continue;
            }

            var column = page.Lines[nameLine].Phrases[0].Box;
            var address = page.Lines.Skip(nameLine + 1).Take(3)
                .Select(line => line.Phrases.FirstOrDefault(phrase => phrase.Box.HorizontalOverlap(column) > 0))
                .TakeWhile(phrase => phrase is not null && !phrase.Text.Contains(':', StringComparison.Ordinal))
                .Select(phrase => phrase!)
                .ToList();
            if (address.Count == 0)
            {
                return;
            }

            var joined = string.Join(", ", address.Select(phrase => phrase.Text.Trim(' ', ',')));
            var pin = System.Text.RegularExpressions.Regex.Match(joined, @"[-\s]*\b(\d{6})\s*$");
            var accuracy = text.AccuracyOf(page.PageNumber, address.Min(phrase => phrase.Confidence));
            header.Set("importer_address", pin.Success ? joined[..pin.Index] : joined, accuracy, "lines under the importer's name");
            if (pin.Success)
            {
                header.Set("importer_pincode", pin.Groups[1].Value, accuracy, "six digits ending the address");
            }

            return;
        }
    }

    private static List<IReadOnlyDictionary<string, ExtractedField>> ReadTable(DocumentText text, TableSpec spec) =>
        [.. text.Pages.SelectMany(page => TableReader.Read(page.Lines, page.PageNumber, spec)).Select(row =>
        {
            var fields = new FieldSet();
            foreach (var (key, cell) in row.Cells)
            {
                var value = AmountColumns.Contains(key) && AmountText.All(cell.Text) is [var amount, ..] ? AmountText.Canonical(amount)
                    : key.EndsWith("_date", StringComparison.Ordinal) && DateText.TryParseFirst(cell.Text, out var date) ? DateText.Canonical(date)
                    : cell.Text.Trim();
                fields.Set(key, value, text.AccuracyOf(row.PageNumber, cell.Confidence), "table column");
            }

            return fields.ToDictionary();
        })];

    /// <summary>A header amount as a number (the header holds amounts as their canonical text).</summary>
    internal static decimal? HeaderAmount(FieldSet header, string key) =>
        header[key] is { } field && decimal.TryParse(field.Text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Items' duties add up to the total duty, and duty + interest + penalty + fine to the total amount.</summary>
    private static void CheckDuties(FieldSet header, List<IReadOnlyDictionary<string, ExtractedField>> items)
    {
        decimal? Amount(string key) => HeaderAmount(header, key);
        var itemDuties = items.Select(item => item.GetValueOrDefault("duty_total") is { } duty && decimal.TryParse(duty.Text, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : (decimal?)null).ToList();
        if (Amount("total_duty") is { } totalDuty && itemDuties.Count > 0 && itemDuties.All(duty => duty is not null))
        {
            var agrees = Math.Abs(itemDuties.Sum()!.Value - totalDuty) <= 0.05m;
            header.Rescore("total_duty", agrees ? FieldAccuracy.CrossChecked : FieldAccuracy.Contradicted, agrees ? "item duties add up" : "item duties do not add up");
        }

        if (Amount("total_duty") is { } duty && Amount("total_amount") is { } total)
        {
            var agrees = Math.Abs(duty + (Amount("total_int") ?? 0) + (Amount("total_pnlty") ?? 0) + (Amount("total_fine") ?? 0) - total) <= 0.05m;
            header.Rescore("total_amount", agrees ? FieldAccuracy.CrossChecked : FieldAccuracy.Contradicted, agrees ? "duty + interest + penalty + fine" : "does not add up");
        }
    }
}
