using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Tests;

public sealed class DateTextTests
{
    [Theory]
    [InlineData("Date : 23/02/2025", "23/02/2025")]
    [InlineData("Dated 23-Feb-25", "23/02/2025")]
    [InlineData("Date : 27 Nov, 2020", "27/11/2020")]
    [InlineData("Invoice/Payment Date & Time : 19 Apr,2021 12:24:57", "19/04/2021")]
    [InlineData("Date 4 February, 2022", "04/02/2022")]
    [InlineData("Invoice Date: Feb 4, 2022", "04/02/2022")]
    [InlineData("2025-02-23", "23/02/2025")]
    public void Printed_date_styles_are_read(string text, string expected)
    {
        Assert.True(DateText.TryParseFirst(text, out var date), text);
        Assert.Equal(expected, DateText.Canonical(date));
    }
}
