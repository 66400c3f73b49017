using System.Text.RegularExpressions;
using Sangam.India.Companies;

namespace Sangam.India.Tests.Companies;

public class CinTests
{
    [Fact]
    public void Components_are_exposed()
    {
        var result = Cin.Parse("L17110MH1973PLC019786");

        Assert.True(result.IsValid, result.Problem);
        Assert.False(result.HasWarnings);
        var cin = result.Value;
        Assert.Equal(CompanyListing.Listed, cin.Listing);
        Assert.Equal("17110", cin.IndustryCode);
        Assert.Equal("MH", cin.StateCode);
        Assert.Equal("Maharashtra", cin.State?.Name);
        Assert.Equal(1973, cin.YearOfIncorporation);
        Assert.Equal("PLC", cin.CompanyTypeCode);
        Assert.Equal(CompanyType.PublicLimited, cin.CompanyType);
        Assert.Equal("019786", cin.RegistrationNumber);
    }

    [Theory]
    [InlineData("L72900MH2000PLC128943", CompanyListing.Listed, CompanyType.PublicLimited, 27)]
    [InlineData("U18101PB2001FTC024327", CompanyListing.Unlisted, CompanyType.ForeignSubsidiary, 3)]
    [InlineData("U72200TG2009PTC063458", CompanyListing.Unlisted, CompanyType.PrivateLimited, 36)]
    [InlineData("U27100OR2005PTC008123", CompanyListing.Unlisted, CompanyType.PrivateLimited, 21)]
    [InlineData("U74999CT2016OPC007541", CompanyListing.Unlisted, CompanyType.OnePerson, 22)]
    [InlineData("U85110KA1995NPL018765", CompanyListing.Unlisted, CompanyType.NotForProfit, 29)]
    [InlineData("U40100DL2002GOI115204", CompanyListing.Unlisted, CompanyType.CentralGovernment, 7)]
    public void Company_type_and_state_are_decoded(string text, CompanyListing listing, CompanyType type, int stateCode)
    {
        var cin = Cin.Parse(text).Value;

        Assert.Equal(listing, cin.Listing);
        Assert.Equal(type, cin.CompanyType);
        Assert.Equal(stateCode, cin.State?.Code);
    }

    [Theory]
    [InlineData("SGC", CompanyType.StateGovernment)]
    [InlineData("FLC", CompanyType.FinancialLease)]
    [InlineData("GAP", CompanyType.GeneralAssociationPublic)]
    [InlineData("GAT", CompanyType.GeneralAssociationPrivate)]
    [InlineData("ULL", CompanyType.UnlimitedPublic)]
    [InlineData("ULT", CompanyType.UnlimitedPrivate)]
    public void Every_published_company_type_is_known(string code, CompanyType type)
    {
        var result = Cin.Parse($"U45200MH2010{code}123456");

        Assert.False(result.HasWarnings);
        Assert.Equal(type, result.Value.CompanyType);
    }

    [Fact]
    public void Input_is_normalised_and_matches_the_contract_pattern()
    {
        var cin = Cin.Parse(" l17110mh1973plc019786 ").Value;

        Assert.Equal("L17110MH1973PLC019786", cin.Value);
        Assert.Matches(Cin.Pattern, cin.Value);
    }

    [Fact]
    public void Pattern_is_the_one_the_platform_contract_shows()
    {
        Assert.Equal("^([L|U]{1})([0-9]{5})([A-Za-z]{2})([0-9]{4})([A-Za-z]{3})([0-9]{6})$", Cin.Pattern);
    }

    [Theory]
    [InlineData("X17110MH1973PLC019786", "character 1 should be 'L' (listed) or 'U' (unlisted) but is 'X'")]
    [InlineData("|17110MH1973PLC019786", "character 1 is '|': not allowed; only A-Z and 0-9 are allowed")] // the contract pattern's [L|U] admits it; a CIN does not
    [InlineData("L1711OMH1973PLC019786", "character 6 should be a digit but is 'O'")]
    [InlineData("L17110M11973PLC019786", "character 8 should be a letter but is '1'")]
    [InlineData("L17110MH1973P1C019786", "character 14 should be a letter but is '1'")]
    [InlineData("L17110MH1973PLC01978", "expected 21 characters, got 20")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, Cin.Parse(text).Problem);
    }

    [Fact]
    public void Unknown_state_and_company_type_are_warnings()
    {
        var result = Cin.Parse("U17110XX1973ABC019786");

        Assert.True(result.IsValid);
        Assert.Equal(["state code 'XX' is not a known state", "company type 'ABC' is not a known type"], result.Warnings);
        Assert.Null(result.Value.State);
        Assert.Equal(CompanyType.Other, result.Value.CompanyType);
        Assert.Equal("ABC", result.Value.CompanyTypeCode);
    }

    [Fact]
    public void Random_CINs_round_trip_and_match_the_pattern()
    {
        var random = new Random(21);
        var pattern = new Regex(Cin.Pattern);
        string[] types = ["PLC", "PTC", "OPC", "NPL", "FTC", "GOI", "SGC"];
        for (var n = 0; n < 1_000; n++)
        {
            var state = IndianStates.All[random.Next(IndianStates.All.Count)].VehicleCode ?? "MH";
            var text = $"{"LU"[random.Next(2)]}{random.Next(100_000):00000}{state}{random.Next(1850, 2030)}{types[random.Next(types.Length)]}{random.Next(1_000_000):000000}";

            var result = Cin.Parse(text.ToLowerInvariant());

            Assert.True(result.IsValid, result.Problem);
            Assert.False(result.HasWarnings, text);
            Assert.Equal(text, result.Value.Value);
            Assert.Matches(pattern, result.Value.Value);
        }
    }
}
