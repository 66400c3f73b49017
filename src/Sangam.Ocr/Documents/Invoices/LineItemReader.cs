using System.Globalization;
using System.Text.RegularExpressions;
using Sangam.Ocr.Documents.Parsing;
using Sangam.Ocr.Layout;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>
/// Reads the line-item table of every page and turns its rows into item fields, checking each row's
/// arithmetic (quantity × rate = taxable value; taxable value × (1 + GST rate) = amount).
/// </summary>
internal static partial class LineItemReader
{
    /// <summary>What a cell of a number column can hold: no letters (a figure, a rate, a currency mark, a glyph of a font without text).</summary>
    private const string NoLetters = @"^(?=.*[^\s()|\-])[^A-Za-z]*$";

    private static readonly TableSpec Spec = new(
        [
            TableColumn.Named("serial", @"S[lI1]\.?\s*No\.?|Sr\.?\s*No\.?|S\.\s*No\.?|S[lI1]\.?|\$[lI1]\.?|#", content: @"^\d{1,3}[.)]?$"),
            TableColumn.Named("item_description", @"Description(?:\s+of\s+(?:Goods|Services))?|Particulars|Item(?:\s*Name)?|Product"),
            TableColumn.Named("item_hsn", @"HSN(?:\s*/\s*SAC)?(?:\s*Code)?|SAC"),
            TableColumn.Named("item_quantity", @"Qty\.?|Quantity", content: @"^[\d.,]+\s*[A-Za-z]*$"),
            TableColumn.Named("item_unit_price", @"Unit\s*Price|Rate(?!\s*%)|Price", content: NoLetters),
            TableColumn.Named("item_uom", @"U\.?O\.?M|UQC|Unit|Per"),
            TableColumn.Named("item_taxable_value", @"Taxable(?:\s*(?:Value|Amount|Amt|Valu\S*))?|Net\s*Amount", content: NoLetters),
            TableColumn.Named("item_gst_rate", @"GST\s*(?:%|Rate)?|Tax\s*(?:%|Rate)|Rate\s*%|%"),
            TableColumn.Named("item_amount", @"Total\s*Amount|Amount|Total|Value", content: NoLetters),
        ],
        ContinuationColumn: "item_description",
        End: new Regex(@"^\s*(?:Sub\s*-?\s*Total|Total|Taxable\s*Value|Invoice\s*(?:Value|Total|Amount)|Round|Amount\s*in\s*words|CGST|SGST|IGST|Grand|Less|Discount)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),
        EndInLine: new Regex(@"^(?:(?:Sub|Grand|Net|Taxable)\s*-?\s*Total\b|Total\b|Net\s*Amount\s*:?$|Amount\s*(?:Chargeable\s*)?\(?in\s*words)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant),

        // A price or an amount makes a row an item. A quantity alone does not: a description's second line ("Bottle |
        // 730ml | Blue") puts a figure under the quantity column too.
        Figures: ["item_unit_price", "item_taxable_value", "item_amount"]);

    /// <summary>
    /// The items of all pages, in order. A row is an item when it names something (a serial number, a
    /// description or an HSN code) and has a price or an amount; a row whose amount is zero (a "Shipping Charges 0.00"
    /// line, an unused template row) is not, nor is a charge for carrying the goods beside them (<see cref="IsGoods"/>).
    /// </summary>
    public static List<IReadOnlyDictionary<string, ExtractedField>> Read(DocumentText text)
    {
        var items = text.Pages
            .SelectMany(page => BeforeTotalRow([.. TableReader.Read(page.Lines, page.PageNumber, Spec).Where(IsItem).Select(row => ToItem(text, row))]))
            .Where(item => AmountOf(item) is not 0m)
            .ToList();
        return items.Exists(IsGoods) ? items.FindAll(item => !IsAddedCharge(item)) : items;
    }

    /// <summary>The page prints an item table: a line naming at least three of its columns ("Description", "Qty", "Rate", "Amount").</summary>
    public static bool HasItemTable(PageReading page) => TableHeader.Find(page.Lines, Spec) is not null;

    /// <summary>A row that names something and has a figure; a rate ("5%") that strayed into a figure column is not one.</summary>
    private static bool IsItem(TableRow row) =>
        (row.Cells.ContainsKey("serial") || row.Cells.ContainsKey("item_description") || row.Cells.ContainsKey("item_hsn"))
        && Spec.HasFigure(key => row.Cells.GetValueOrDefault(key)?.Text);

    private static IReadOnlyDictionary<string, ExtractedField> ToItem(DocumentText text, TableRow row)
    {
        var item = new FieldSet();
        double AccuracyOf(TableCell cell) => text.AccuracyOf(row.PageNumber, cell.Confidence);
        var cells = row.Cells;

        // A GST rate is the one number printed with '%'; when header words merged, it can land in a neighbouring cell.
        var all = string.Join(' ', cells.Where(cell => cell.Key != "item_description").Select(cell => cell.Value.Text));
        if (TableSpec.Rate().Match(all) is { Success: true } rate)
        {
            // The rate and its '%' may sit in two cells: then the weaker of the row's cells vouches for it.
            var accuracy = cells.Values.FirstOrDefault(cell => cell.Text.Contains(rate.Value, StringComparison.Ordinal)) is { } rateCell
                ? AccuracyOf(rateCell)
                : cells.Values.Min(AccuracyOf);
            item.Set("item_gst_rate", decimal.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture), accuracy, "number with %");
        }

        if (cells.TryGetValue("item_description", out var description))
        {
            item.Set("item_description", description.Text, AccuracyOf(description), "description column");
        }

        if (cells.TryGetValue("item_hsn", out var hsn) && (IdentifierSearch.FindDigits(hsn.Text, 8) ?? IdentifierSearch.FindDigits(hsn.Text, 6) ?? IdentifierSearch.FindDigits(hsn.Text, 4)) is { } code)
        {
            item.Set("item_hsn", code, AccuracyOf(hsn), "HSN column");
        }

        if (cells.TryGetValue("item_quantity", out var quantity))
        {
            if (AmountText.All(TableSpec.Rate().Replace(quantity.Text, " ")) is [var number, ..])
            {
                item.Set("item_quantity", number, AccuracyOf(quantity), "quantity column");
            }

            // "1498 KGS" when the quantity and unit columns run together.
            if (Unit().Match(quantity.Text) is { Success: true } unit)
            {
                item.SetIfMissing("item_uom", unit.Value.ToUpperInvariant(), AccuracyOf(quantity), "after the quantity");
            }
        }

        if (cells.TryGetValue("item_uom", out var uom) && Unit().Match(uom.Text) is { Success: true } uomText)
        {
            item.Set("item_uom", uomText.Value.ToUpperInvariant(), AccuracyOf(uom), "unit column");
        }

        SetAmount(item, cells, "item_unit_price", AccuracyOf);
        SetAmount(item, cells, "item_taxable_value", AccuracyOf);
        SetAmount(item, cells, "item_amount", AccuracyOf);
        CrossCheck(item);
        return item.ToDictionary();
    }

    private static void SetAmount(FieldSet item, IReadOnlyDictionary<string, TableCell> cells, string key, Func<TableCell, double> accuracyOf)
    {
        if (cells.TryGetValue(key, out var cell) && AmountText.All(TableSpec.Rate().Replace(cell.Text, " ")) is [var amount, ..])
        {
            item.Set(key, amount, accuracyOf(cell), $"{key[5..].Replace('_', ' ')} column");
        }
    }

    private static void CrossCheck(FieldSet item)
    {
        var (quantity, price, taxable, rate, amount) = (item.Amount("item_quantity"), item.Amount("item_unit_price"), item.Amount("item_taxable_value"), item.Amount("item_gst_rate"), item.Amount("item_amount"));
        if (quantity is { } q && price is { } p && taxable is { } t)
        {
            var agrees = Math.Abs((q * p) - t) <= Math.Max(1, t * 0.001m);
            foreach (var key in new[] { "item_quantity", "item_unit_price", "item_taxable_value" })
            {
                item.Rescore(key, agrees ? FieldAccuracy.CrossChecked : FieldAccuracy.Contradicted, agrees ? "qty x rate = taxable" : "qty x rate != taxable");
            }
        }

        if (taxable is { } taxableValue && rate is { } gstRate && amount is { } total)
        {
            var agrees = Math.Abs((taxableValue * (1 + (gstRate / 100))) - total) <= Math.Max(1, total * 0.001m);
            foreach (var key in new[] { "item_gst_rate", "item_amount" })
            {
                item.Rescore(key, agrees ? FieldAccuracy.CrossChecked : FieldAccuracy.Contradicted, agrees ? "taxable + GST = amount" : "taxable + GST != amount");
            }
        }
    }

    [GeneratedRegex(@"\b(?:NOS|PCS|KGS?|MTR|MTS|BAG|BOX|SET|LTR|TON|UNT|PRS|DOZ|BTL|CTN|ROL|SQM|NO|PC|KG)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Unit();
}
