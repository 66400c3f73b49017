using System.Globalization;
using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Tests;

public sealed class AmountTextTests
{
    [Theory]
    [InlineData("TOTAL AMOUNT  EUR  15 673,08", "15673.08")]
    [InlineData("Total  1.234.567,50", "1234567.50")]
    [InlineData("Freight and packing  117,00", "117.00")]
    [InlineData("Grand Total  12,34,567.89", "1234567.89")]
    [InlineData("Total  1,234,567.89", "1234567.89")]
    [InlineData("Total  8, 85,274.00", "885274.00")]
    public void Decimal_commas_of_foreign_invoices_are_read_beside_indian_and_western_grouping(string text, string expected)
    {
        Assert.True(AmountText.TryParseLast(text, out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Fact]
    public void Each_amount_of_a_row_of_foreign_figures_is_its_own()
    {
        Assert.Equal([2.00m, 7278.04m, 14556.08m], AmountText.All("2,00 pcs  7 278,04  14 556,08"));
    }
}
