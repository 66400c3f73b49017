using System.Text.RegularExpressions;
using Sangam.India.Vehicles;

namespace Sangam.India.Tests.Vehicles;

public class VehicleNumberTests
{
    [Theory]
    [InlineData("MH12NW4402", "MH", "MH12", "NW", "4402", "MH 12 NW 4402", "Maharashtra")]
    [InlineData("MP09DJ2744", "MP", "MP09", "DJ", "2744", "MP 09 DJ 2744", "Madhya Pradesh")]
    [InlineData("DL3CAB1234", "DL", "DL3", "CAB", "1234", "DL 3 CAB 1234", "Delhi")]
    [InlineData("KA011234", "KA", "KA01", "", "1234", "KA 01 1234", "Karnataka")]
    [InlineData("KA11234", "KA", "KA1", "", "1234", "KA 1 1234", "Karnataka")]
    [InlineData("TS09EA1234", "TS", "TS09", "EA", "1234", "TS 09 EA 1234", "Telangana")]
    [InlineData("OR02AB1234", "OR", "OR02", "AB", "1234", "OR 02 AB 1234", "Odisha")]
    public void State_series_parts_are_exposed(string text, string state, string rto, string letters, string number, string display, string stateName)
    {
        var result = VehicleNumber.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.False(result.HasWarnings);
        var vehicle = result.Value;
        Assert.Equal(VehicleNumberSeries.State, vehicle.Series);
        Assert.Equal(state, vehicle.StateCode);
        Assert.Equal(rto, vehicle.RtoCode);
        Assert.Equal(letters, vehicle.SeriesLetters);
        Assert.Equal(number, vehicle.Number);
        Assert.Equal(display, vehicle.DisplayForm);
        Assert.Equal(stateName, vehicle.State?.Name);
        Assert.Null(vehicle.BharatSeriesYear);
    }

    [Fact]
    public void Bharat_series_parts_are_exposed()
    {
        var vehicle = VehicleNumber.Parse("22 BH 1234 AA").Value;

        Assert.Equal("22BH1234AA", vehicle.Value);
        Assert.Equal(VehicleNumberSeries.Bharat, vehicle.Series);
        Assert.Equal(2022, vehicle.BharatSeriesYear);
        Assert.Equal("1234", vehicle.Number);
        Assert.Equal("AA", vehicle.SeriesLetters);
        Assert.Equal("22 BH 1234 AA", vehicle.DisplayForm);
        Assert.Null(vehicle.StateCode);
        Assert.Null(vehicle.RtoCode);
        Assert.Null(vehicle.State);
    }

    [Fact]
    public void A_documentation_example_with_unknown_state_letters_is_accepted_with_a_warning()
    {
        var result = VehicleNumber.Parse("AB03Y8611");

        Assert.True(result.IsValid);
        Assert.Equal(["state code 'AB' is not a known state"], result.Warnings);
        Assert.Null(result.Value.State);
    }

    [Theory]
    [InlineData(" mh-12-nw-4402 ")]
    [InlineData("MH 12 NW 4402")]
    [InlineData("mh12nw4402")]
    public void Input_is_normalised(string text)
    {
        Assert.True(VehicleNumber.TryParse(text, out var vehicle));
        Assert.Equal("MH12NW4402", vehicle.Value);
        Assert.Equal("MH12NW4402", vehicle.ToString());
    }

    [Theory]
    [InlineData("MH12NW440")]
    [InlineData("MH12NWXY4402")]
    [InlineData("MH1234")]
    [InlineData("M12NW4402")]
    [InlineData("MH123NW4402")]
    [InlineData("22BH1234AI")] // I and O are not used in the Bharat series
    [InlineData("22BH1234OA")]
    [InlineData("22BH123AA")]
    [InlineData("2BH1234AA")]
    public void Malformed_numbers_are_rejected_with_both_shapes_named(string text)
    {
        var result = VehicleNumber.Parse(text);

        Assert.False(result.IsValid);
        Assert.Contains("MH12AB1234", result.Problem, StringComparison.Ordinal);
        Assert.Contains("22BH1234AA", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_state_series_numbers_round_trip_through_scrambling()
    {
        var random = new Random(1988);
        var pattern = new Regex(VehicleNumber.Pattern);
        var states = IndianStates.All.Where(state => state.VehicleCode is not null).ToList();
        for (var n = 0; n < 3_000; n++)
        {
            var state = states[random.Next(states.Count)];
            var rto = random.Next(2) == 0 ? $"{random.Next(1, 10)}" : $"{random.Next(1, 100):00}";
            var letters = new string(Enumerable.Range(0, random.Next(0, 4)).Select(_ => Generate.Letter(random)).ToArray());
            var number = $"{random.Next(10_000):0000}";
            var canonical = state.VehicleCode + rto + letters + number;

            var result = VehicleNumber.Parse(Generate.Scramble(random, canonical));

            Assert.True(result.IsValid, $"{canonical}: {result.Problem}");
            var vehicle = result.Value;
            Assert.Equal(canonical, vehicle.Value);
            Assert.Matches(pattern, vehicle.Value);
            Assert.Same(state, vehicle.State);
            Assert.Equal(state.VehicleCode + rto, vehicle.RtoCode);
            Assert.Equal(letters, vehicle.SeriesLetters);
            Assert.Equal(number, vehicle.Number);
            Assert.Equal(canonical, vehicle.DisplayForm.Replace(" ", "", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Random_Bharat_series_numbers_round_trip_through_scrambling()
    {
        var random = new Random(2021);
        var pattern = new Regex(VehicleNumber.Pattern);
        const string bharatLetters = "ABCDEFGHJKLMNPQRSTUVWXYZ";
        for (var n = 0; n < 1_000; n++)
        {
            var letters = new string(Enumerable.Range(0, random.Next(1, 3)).Select(_ => bharatLetters[random.Next(bharatLetters.Length)]).ToArray());
            var canonical = $"{random.Next(21, 100):00}BH{random.Next(10_000):0000}{letters}";

            var vehicle = VehicleNumber.Parse(Generate.Scramble(random, canonical)).Value;

            Assert.Equal(canonical, vehicle.Value);
            Assert.Equal(VehicleNumberSeries.Bharat, vehicle.Series);
            Assert.Matches(pattern, vehicle.Value);
            Assert.Equal(letters, vehicle.SeriesLetters);
        }
    }
}
