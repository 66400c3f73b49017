using Sangam.India.Vehicles;

namespace Sangam.India.Tests.Vehicles;

public class EChallanNumberTests
{
    [Theory]
    [InlineData("DL116709230125092025", "Delhi")]
    [InlineData(" mh4718230109115034 ", "Maharashtra")]
    public void Challan_numbers_are_trimmed_and_upper_cased(string text, string state)
    {
        var result = EChallanNumber.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(text.Trim().ToUpperInvariant(), result.Value.Value);
        Assert.Equal(state, result.Value.State?.Name);
        Assert.Matches(EChallanNumber.Pattern, result.Value.Value);
    }

    [Fact]
    public void Unknown_state_prefix_is_a_warning()
    {
        var result = EChallanNumber.Parse("ZZ1234567890");

        Assert.True(result.IsValid);
        Assert.Equal(["state code 'ZZ' is not a known state"], result.Warnings);
    }

    [Theory]
    [InlineData("DL12345", "expected 2 state letters and 10 to 22 letters or digits, got 7 characters")]
    [InlineData("D1116709230125092025", "character 2 should be a letter but is '1'")]
    [InlineData("DL1167 0923", "character 7 is ' ': not allowed; only A-Z and 0-9 are allowed")]
    [InlineData("DL12345678901234567890123", "expected 2 state letters and 10 to 22 letters or digits, got 25 characters")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, EChallanNumber.Parse(text).Problem);
    }
}
