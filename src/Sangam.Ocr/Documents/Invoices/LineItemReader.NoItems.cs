using System.Text.RegularExpressions;

namespace Sangam.Ocr.Documents.Invoices;

/// <summary>Rows of an item table that are no items sold: the table's total under a label it does not know, a charge for carrying the goods.</summary>
internal static partial class LineItemReader
{
    /// <summary>
    /// The rows above a total row whose label the table's end did not know ("Net Amount" printed mid-line, under the
    /// figures): a row without a quantity whose amount is the sum of two or more rows above it is their total.
    /// </summary>
    private static List<IReadOnlyDictionary<string, ExtractedField>> BeforeTotalRow(List<IReadOnlyDictionary<string, ExtractedField>> rows)
    {
        var sum = 0m;
        for (var i = 0; i < rows.Count; i++)
        {
            if (AmountOf(rows[i]) is not { } amount)
            {
                return rows;
            }

            if (i >= 2 && amount == sum && !rows[i].ContainsKey("item_quantity"))
            {
                return rows[..i];
            }

            sum += amount;
        }

        return rows;
    }

    private static decimal? AmountOf(IReadOnlyDictionary<string, ExtractedField> item) =>
        (item.GetValueOrDefault("item_amount") ?? item.GetValueOrDefault("item_taxable_value"))?.Value as decimal?;

    /// <summary>
    /// A row of goods: a quantity, or an HSN code in its column or its description ("HSN:42021220"; services are
    /// classified under SAC codes, which start with 99). Beside goods, a charge added for carrying them is part of their
    /// price, not an item (<see cref="IsAddedCharge"/>); on a bill of services (a customs broker's "Handling Charges")
    /// it is one of the services.
    /// </summary>
    private static bool IsGoods(IReadOnlyDictionary<string, ExtractedField> item)
    {
        var hsn = item.GetValueOrDefault("item_hsn")?.Text ?? HsnInDescription().Match(item.GetValueOrDefault("item_description")?.Text ?? string.Empty).Groups[1].Value;
        return !IsCarriageCharge(item) && (item.ContainsKey("item_quantity") || (hsn.Length > 0 && !IsSacCode(hsn)));
    }

    /// <summary>
    /// A charge for carrying or packing goods added to them (an Amazon "Shipping Charges" sub-row, "Add FREIGHT ON SALE"
    /// under the goods' own HSN). One classified as a service of its own, a SAC code in its HSN column, is a supply the
    /// bill lists, as an e-invoice's item list does.
    /// </summary>
    private static bool IsAddedCharge(IReadOnlyDictionary<string, ExtractedField> item) =>
        IsCarriageCharge(item) && !(item.GetValueOrDefault("item_hsn")?.Text is { } code && IsSacCode(code));

    private static bool IsSacCode(string code) => code.StartsWith("99", StringComparison.Ordinal);

    /// <summary>A row charging for carrying or packing goods ("Shipping Charges", "Add FREIGHT ON SALE").</summary>
    private static bool IsCarriageCharge(IReadOnlyDictionary<string, ExtractedField> item) =>
        item.GetValueOrDefault("item_description")?.Text is { } description && CarriageCharge().IsMatch(description);

    /// <summary>
    /// A description opening, after at most a code and "Add", with a charge for carrying or packing goods: freight, or
    /// shipping, delivery, handling, packing or courier named as a charge or fee ("Delivery Order Fee" is a service).
    /// </summary>
    [GeneratedRegex(@"^(?:\S*\d\S*\s+)?(?:Add\W+)?(?:(?:Freight|Cartage)\b|(?:Shipping|Delivery|Handling|Packing|Packaging|Forwarding|Courier|Postage)(?:\s*(?:and|&)\s*\w+)?\s+(?:Charges?|Fees?)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CarriageCharge();

    [GeneratedRegex(@"\bHSN\s*:?\s*(\d{4,8})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HsnInDescription();
}
