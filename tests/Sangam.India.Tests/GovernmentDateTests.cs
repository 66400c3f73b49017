namespace Sangam.India.Tests;

public class GovernmentDateTests
{
    [Theory]
    [InlineData("12-03-2019")]
    [InlineData("12-Mar-2019")]
    [InlineData("12-MAR-2019")]
    [InlineData("12/03/2019")]
    [InlineData("2019-03-12")]
    [InlineData(" 2019-03-12 ")]
    [InlineData("12 Mar 2019")]
    [InlineData("12.03.2019")]
    [InlineData("12.3.2019")]
    [InlineData("12-3-2019")]
    [InlineData("12/3/2019")]
    [InlineData("2019-3-12")]
    [InlineData("12-03-2019 16:44:58")]
    [InlineData("2019-03-12T11:43:38")]
    [InlineData("2019-03-12 11:43:38.0")]
    public void Reads_every_shape_the_government_systems_and_client_programs_write(string text)
    {
        Assert.True(GovernmentDate.TryParse(text, out var date), GovernmentDate.Parse(text).ToString());
        Assert.Equal(new DateOnly(2019, 3, 12), date);
    }

    [Fact]
    public void Month_names_containing_a_t_are_not_mistaken_for_an_iso_time()
    {
        Assert.Equal(new DateOnly(2026, 10, 1), GovernmentDate.Parse("01-OCT-2026").Value);
        Assert.Equal(new DateOnly(2026, 8, 31), GovernmentDate.Parse("31-Aug-2026 23:59:59").Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData("31-02-2024")]
    [InlineData("2024-13-01")]
    [InlineData("tomorrow")]
    public void Rejects_what_is_not_a_date_and_says_why(string? text)
    {
        var result = GovernmentDate.Parse(text);

        Assert.False(result.IsValid);
        Assert.False(string.IsNullOrWhiteSpace(result.Problem));
    }

    [Fact]
    public void Long_input_is_refused_without_parsing_it()
    {
        Assert.False(GovernmentDate.TryParse(new string('1', 100_000), out _));
    }
}
