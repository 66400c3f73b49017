namespace Sangam.India.Tests;

public class ParseResultTests
{
    [Fact]
    public void Success_carries_the_value_and_no_problem()
    {
        var result = ParseResult.Success(42);

        Assert.True(result.IsValid);
        Assert.Equal(42, result.Value);
        Assert.Null(result.Problem);
        Assert.Empty(result.Warnings);
        Assert.False(result.HasWarnings);
        Assert.True(result.TryGetValue(out var value));
        Assert.Equal(42, value);
    }

    [Fact]
    public void Success_with_warnings_is_still_valid()
    {
        var result = ParseResult.Success("x", ["look twice"]);

        Assert.True(result.IsValid);
        Assert.True(result.HasWarnings);
        Assert.Equal(["look twice"], result.Warnings);
        Assert.Contains("look twice", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Success_with_an_empty_warning_list_has_no_warnings()
    {
        Assert.False(ParseResult.Success(1, []).HasWarnings);
    }

    [Fact]
    public void Failure_explains_and_refuses_to_give_a_value()
    {
        var result = ParseResult.Failure<int>("state code 45 does not exist");

        Assert.False(result.IsValid);
        Assert.Equal("state code 45 does not exist", result.Problem);
        Assert.False(result.TryGetValue(out _));
        var error = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("state code 45 does not exist", error.Message, StringComparison.Ordinal);
        Assert.Equal("invalid: state code 45 does not exist", result.ToString());
    }

    [Fact]
    public void Default_is_invalid_and_still_has_a_problem()
    {
        var result = default(ParseResult<int>);

        Assert.False(result.IsValid);
        Assert.False(string.IsNullOrEmpty(result.Problem));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Failure_needs_a_problem()
    {
        Assert.Throws<ArgumentException>(() => ParseResult.Failure<int>(" "));
    }
}
