using Sangam.India.Companies;

namespace Sangam.India.Tests.Companies;

public class CompanyIdentifierTests
{
    [Fact]
    public void A_CIN_is_recognised()
    {
        var identifier = CompanyIdentifier.Parse("l17110mh1973plc019786").Value;

        Assert.Equal(CompanyIdentifierKind.Cin, identifier.Kind);
        Assert.Equal("L17110MH1973PLC019786", identifier.Value);
        Assert.Equal(1973, identifier.Cin?.YearOfIncorporation);
        Assert.Null(identifier.Llpin);
    }

    [Fact]
    public void An_LLPIN_is_recognised()
    {
        var identifier = CompanyIdentifier.Parse("aab 1234").Value;

        Assert.Equal(CompanyIdentifierKind.Llpin, identifier.Kind);
        Assert.Equal("AAB-1234", identifier.Value);
        Assert.Equal("AAB-1234", identifier.ToString());
        Assert.Null(identifier.Cin);
    }

    [Fact]
    public void Warnings_of_the_inner_identifier_are_kept()
    {
        Assert.Equal(["state code 'XX' is not a known state"], CompanyIdentifier.Parse("U17110XX1973PLC019786").Warnings);
    }

    [Theory]
    [InlineData("L17110MH1973PLC01978", "expected a 21-character CIN or a 7-character LLPIN (AAA-1234), got 20 characters")]
    [InlineData("X17110MH1973PLC019786", "character 1 should be 'L' (listed) or 'U' (unlisted) but is 'X'")]
    [InlineData("1AB-1234", "character 1 should be a letter but is '1'")]
    [InlineData("", "no value given")]
    public void Problems_say_what_was_expected(string text, string problem)
    {
        Assert.Equal(problem, CompanyIdentifier.Parse(text).Problem);
    }

    [Fact]
    public void Pattern_is_the_CIN_pattern_the_contract_shows()
    {
        Assert.Equal(Cin.Pattern, CompanyIdentifier.Pattern);
    }
}
