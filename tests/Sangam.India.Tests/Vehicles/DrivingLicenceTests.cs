using System.Text.RegularExpressions;
using Sangam.India.Vehicles;

namespace Sangam.India.Tests.Vehicles;

public class DrivingLicenceTests
{
    [Theory]
    [InlineData("HR51 20210018922")]
    [InlineData("HR5120210018922")]
    [InlineData("hr51-20210018922")]
    [InlineData(" HR-51-2021-0018922 ")]
    public void Standard_numbers_are_normalised_and_decoded(string text)
    {
        var result = DrivingLicence.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.False(result.HasWarnings);
        var licence = result.Value;
        Assert.Equal("HR5120210018922", licence.Value);
        Assert.True(licence.IsStandard);
        Assert.Equal("HR51 20210018922", licence.SarathiForm);
        Assert.Equal("HR", licence.StateCode);
        Assert.Equal("HR51", licence.RtoCode);
        Assert.Equal(2021, licence.IssueYear);
        Assert.Equal("Haryana", licence.State?.Name);
        Assert.Matches(DrivingLicence.Pattern, licence.Value);
    }

    [Fact]
    public void SARATHI_example_keeps_its_space()
    {
        Assert.Equal("GJ04 20120005008", DrivingLicence.Parse("GJ0420120005008").Value.SarathiForm);
    }

    [Fact]
    public void A_mistyped_year_is_a_problem_not_an_older_format()
    {
        Assert.Equal("issue year 3021 should start with 19 or 20", DrivingLicence.Parse("HR51 30210018922").Problem);
    }

    [Theory]
    [InlineData("MH12/2009/123456", "MH122009123456")]
    [InlineData("TN-01-1998-001234", "TN011998001234")]
    [InlineData("KA0519990012345678", "KA0519990012345678")]
    public void Older_state_formats_are_accepted_as_non_standard(string text, string value)
    {
        var result = DrivingLicence.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(["not the standard SSRR YYYYNNNNNNN form: an older state format, kept as written"], result.Warnings);
        var licence = result.Value;
        Assert.Equal(value, licence.Value);
        Assert.False(licence.IsStandard);
        Assert.Null(licence.IssueYear);
        Assert.Null(licence.RtoCode);
        Assert.Equal(value, licence.SarathiForm);
        Assert.DoesNotMatch(DrivingLicence.Pattern, licence.Value);
    }

    [Theory]
    [InlineData("XX12/2009/123456")] // unknown state letters: nothing to recognise an older format by
    [InlineData("HR51")]
    [InlineData("HR51ABCDEFGH")]
    [InlineData("5120210018922HR")]
    public void Other_text_is_rejected_with_the_expected_form(string text)
    {
        var result = DrivingLicence.Parse(text);

        Assert.False(result.IsValid);
        Assert.Contains("HR51 20210018922", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_state_letters_on_a_standard_number_are_a_warning()
    {
        var result = DrivingLicence.Parse("ZZ5120210018922");

        Assert.True(result.IsValid);
        Assert.True(result.Value.IsStandard);
        Assert.Equal(["state code 'ZZ' is not a known state"], result.Warnings);
    }

    [Fact]
    public void Random_standard_numbers_round_trip()
    {
        var random = new Random(1988);
        var pattern = new Regex(DrivingLicence.Pattern);
        var states = IndianStates.All.Where(state => state.VehicleCode is not null).ToList();
        for (var n = 0; n < 2_000; n++)
        {
            var year = random.Next(1950, 2030);
            var canonical = $"{states[random.Next(states.Count)].VehicleCode}{random.Next(100):00}{year}{random.Next(10_000_000):0000000}";

            var licence = DrivingLicence.Parse(Generate.Scramble(random, canonical)).Value;

            Assert.Equal(canonical, licence.Value);
            Assert.True(licence.IsStandard);
            Assert.Equal(year, licence.IssueYear);
            Assert.Matches(pattern, licence.Value);
            Assert.Equal(canonical[..4] + " " + canonical[4..], licence.SarathiForm);
        }
    }
}
