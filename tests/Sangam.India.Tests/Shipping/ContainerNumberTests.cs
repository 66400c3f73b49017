using System.Text.RegularExpressions;
using Sangam.India.Shipping;

namespace Sangam.India.Tests.Shipping;

public class ContainerNumberTests
{
    [Theory]
    [InlineData("CSQU305438", 3)]
    [InlineData("MSKU907032", 3)]
    [InlineData("MSCU123456", 6)]
    [InlineData("CSQU000007", 0)] // remainder 10 is written 0
    [InlineData("TGHU123456", 7)]
    public void Check_digit_follows_ISO_6346(string first10, int digit)
    {
        Assert.Equal(digit, ContainerNumber.ComputeCheckDigit(first10));
    }

    [Fact]
    public void A_remainder_of_ten_is_written_as_zero()
    {
        // By hand: C=13, S=30, Q=28, U=32 weighted 1, 2, 4, 8 give 441; the 7 weighted 512 gives 3584;
        // 4025 = 365 * 11 + 10.
        Assert.Equal(10, 4025 % 11);
        Assert.Equal(0, ContainerNumber.ComputeCheckDigit("CSQU000007"));
        Assert.True(ContainerNumber.TryParse("CSQU0000070", out _));
    }

    [Fact]
    public void Parts_are_exposed()
    {
        var result = ContainerNumber.Parse("csqu 305438 3");

        Assert.True(result.IsValid, result.Problem);
        var container = result.Value;
        Assert.Equal("CSQU3054383", container.Value);
        Assert.Equal("CSQ", container.OwnerCode);
        Assert.Equal(ContainerCategory.FreightContainer, container.Category);
        Assert.Equal("305438", container.SerialNumber);
        Assert.Equal(3, container.CheckDigit);
        Assert.True(container.HasValidCheckDigit);
        Assert.Equal("CSQU 305438 3", container.DisplayForm);
        Assert.Matches(ContainerNumber.Pattern, container.Value);
    }

    [Fact]
    public void Wrong_check_digit_is_rejected_strictly_and_reported_leniently()
    {
        Assert.Equal("check digit should be 3 but is 5", ContainerNumber.Parse("CSQU3054385").Problem);

        var lenient = ContainerNumber.Parse("CSQU3054385", ValidationMode.Lenient);

        Assert.True(lenient.IsValid);
        Assert.Equal(["check digit should be 3 but is 5"], lenient.Warnings);
        Assert.False(lenient.Value.HasValidCheckDigit);
    }

    [Theory]
    [InlineData("CSQX3054383", "character 4 (category) should be U, J or Z but is 'X'")]
    [InlineData("CS1U3054383", "character 3 should be a letter but is '1'")]
    [InlineData("CSQU305438", "expected 11 characters, got 10")]
    [InlineData("CSQU30543B3", "character 10 should be a digit but is 'B'")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, ContainerNumber.Parse(text, ValidationMode.Lenient).Problem);
    }

    [Theory]
    [InlineData("CSQU30543")]
    [InlineData("csqu305438")]
    [InlineData("1SQU305438")]
    public void Check_digit_needs_four_letters_and_six_digits(string text)
    {
        Assert.Throws<ArgumentException>(() => ContainerNumber.ComputeCheckDigit(text));
    }

    [Fact]
    public void Random_numbers_with_computed_digits_parse_and_single_digit_errors_are_mostly_caught()
    {
        var random = new Random(6346);
        var pattern = new Regex(ContainerNumber.Pattern);
        int mutations = 0, caught = 0;
        for (var n = 0; n < 5_000; n++)
        {
            var first10 = $"{Generate.Letter(random)}{Generate.Letter(random)}{Generate.Letter(random)}{"UJZ"[random.Next(3)]}{random.Next(1_000_000):000000}";
            var valid = first10 + ContainerNumber.ComputeCheckDigit(first10);

            var container = ContainerNumber.Parse(Generate.Scramble(random, valid)).Value;
            Assert.Equal(valid, container.Value);
            Assert.Matches(pattern, container.Value);

            var position = random.Next(4, 11);
            var replacement = Generate.Digit(random);
            if (replacement != valid[position])
            {
                mutations++;
                caught += ContainerNumber.TryParse(valid[..position] + replacement + valid[(position + 1)..], out _) ? 0 : 1;
            }
        }

        // Only the remainder 10 written as 0 lets a single-digit error through.
        Assert.True(caught > 0.9 * mutations, $"{caught} of {mutations} caught");
    }
}
