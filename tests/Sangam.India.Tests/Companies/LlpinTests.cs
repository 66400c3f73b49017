using Sangam.India.Companies;

namespace Sangam.India.Tests.Companies;

public class LlpinTests
{
    [Theory]
    [InlineData("AAB-1234")]
    [InlineData("aab-1234")]
    [InlineData("AAB1234")]
    [InlineData(" AAB 1234 ")]
    public void Input_is_normalised_to_the_hyphenated_form(string text)
    {
        var result = Llpin.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal("AAB-1234", result.Value.Value);
        Assert.Matches(Llpin.Pattern, result.Value.Value);
    }

    [Fact]
    public void Canonical_input_is_not_copied()
    {
        var text = "AAB-1234";

        Assert.Same(text, Llpin.Parse(text).Value.Value);
    }

    [Theory]
    [InlineData("AA1-1234", "character 3 should be a letter but is '1'")]
    [InlineData("AAB-12E4", "character 6 should be a digit but is 'E'")]
    [InlineData("AAB-123", "expected 7 characters, got 6 (3 letters and 4 digits)")]
    [InlineData("AAB_1234", "character 4 is '_': not allowed; only A-Z and 0-9 are allowed")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, Llpin.Parse(text).Problem);
    }
}
