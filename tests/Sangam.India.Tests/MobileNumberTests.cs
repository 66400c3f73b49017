namespace Sangam.India.Tests;

public class MobileNumberTests
{
    [Theory]
    [InlineData("9876543210")]
    [InlineData("+919876543210")]
    [InlineData("+91 98765 43210")]
    [InlineData("+91-98765-43210")]
    [InlineData("919876543210")]
    [InlineData("09876543210")]
    [InlineData("98765-43210")]
    [InlineData(" 98765 43210 ")]
    public void Prefixes_and_separators_are_removed(string text)
    {
        var result = MobileNumber.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        var mobile = result.Value;
        Assert.Equal("9876543210", mobile.Value);
        Assert.Equal("9876543210", mobile.ToString());
        Assert.Equal("+919876543210", mobile.E164);
        Assert.Equal("919876543210", mobile.Msisdn);
        Assert.Equal("98XXXXXX10", mobile.Masked);
        Assert.Matches(MobileNumber.Pattern, mobile.Value);
    }

    [Fact]
    public void A_ten_digit_number_starting_with_91_is_kept_whole()
    {
        Assert.Equal("9198765432", MobileNumber.Parse("9198765432").Value.Value);
    }

    [Theory]
    [InlineData("987654321", "expected 10 digits after removing +91/91/0, got 9")]
    [InlineData("+9198765432", "expected 10 digits after removing +91/91/0, got 8")]
    [InlineData("98765432100", "expected 10 digits after removing +91/91/0, got 11")]
    [InlineData("5876543210", "a mobile number starts with 6, 7, 8 or 9, not '5'")]
    [InlineData("+449876543210", "'+' is allowed only in a leading +91")]
    [InlineData("98765432a0", "character 9 should be a digit but is 'A' (after removing +91/91/0)")]
    [InlineData("९८७६५४३२१०", "character 1 is '९' (U+096F): a non-ASCII digit; only A-Z and 0-9 are allowed")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, MobileNumber.Parse(text).Problem);
    }

    [Fact]
    public void Masked_form_never_shows_the_middle_digits()
    {
        var random = new Random(91);
        for (var n = 0; n < 1_000; n++)
        {
            var digits = $"{random.Next(6, 10)}{random.Next(1_000_000_000):000000000}";

            var masked = MobileNumber.Parse(digits).Value.Masked;

            Assert.Equal(10, masked.Length);
            Assert.Equal(digits[..2] + "XXXXXX" + digits[8..], masked);
        }
    }
}
