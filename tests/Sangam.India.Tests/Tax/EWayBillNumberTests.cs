using Sangam.India.Tax;

namespace Sangam.India.Tests.Tax;

public class EWayBillNumberTests
{
    [Theory]
    [InlineData("141234567890")]
    [InlineData("1412 3456 7890")]
    [InlineData("1412-3456-7890")]
    public void Twelve_digits_are_accepted(string text)
    {
        var number = EWayBillNumber.Parse(text).Value;

        Assert.Equal("141234567890", number.Value);
        Assert.Matches(EWayBillNumber.Pattern, number.Value);
    }

    [Theory]
    [InlineData("14123456789", "expected 12 characters, got 11")]
    [InlineData("14123456789O", "character 12 should be a digit but is 'O'")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, EWayBillNumber.Parse(text).Problem);
    }
}
