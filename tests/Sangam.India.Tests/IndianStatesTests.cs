using System.Globalization;

namespace Sangam.India.Tests;

public class IndianStatesTests
{
    [Fact]
    public void Table_has_every_GST_code_once()
    {
        var codes = IndianStates.All.Select(state => state.Code).ToList();

        Assert.Equal([.. Enumerable.Range(1, 38), 97], codes);
        Assert.All(IndianStates.All, state => Assert.Equal(state.Code.ToString("00", CultureInfo.InvariantCulture), state.GstCode));
    }

    [Fact]
    public void Vehicle_codes_are_unique_and_map_back()
    {
        var withCode = IndianStates.All.Where(state => state.VehicleCode is not null).ToList();

        Assert.Equal(withCode.Count, withCode.Select(state => state.VehicleCode).Distinct().Count());
        Assert.All(withCode, state =>
        {
            Assert.True(IndianStates.TryGetByLetterCode(state.VehicleCode, out var found));
            Assert.Same(state, found);
        });
    }

    [Theory]
    [InlineData(27, "Maharashtra")]
    [InlineData(7, "Delhi")]
    [InlineData(36, "Telangana")]
    [InlineData(37, "Andhra Pradesh")]
    [InlineData(38, "Ladakh")]
    [InlineData(97, "Other Territory")]
    public void Finds_by_code(int code, string name)
    {
        Assert.True(IndianStates.TryGetByCode(code, out var state));
        Assert.Equal(name, state.Name);
        Assert.True(IndianStates.TryGetByCode(state.GstCode, out var byDigits));
        Assert.Same(state, byDigits);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(39)]
    [InlineData(45)]
    [InlineData(98)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Unknown_codes_are_not_found(int code)
    {
        Assert.False(IndianStates.TryGetByCode(code, out var state));
        Assert.Null(state);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("007")]
    [InlineData("0A")]
    [InlineData("०७")]
    [InlineData("")]
    public void Code_text_must_be_two_ASCII_digits(string text)
    {
        Assert.False(IndianStates.TryGetByCode(text, out _));
    }

    [Theory]
    [InlineData("MH", 27)]
    [InlineData("mh", 27)]
    [InlineData("OD", 21)]
    [InlineData("OR", 21)]
    [InlineData("TG", 36)]
    [InlineData("TS", 36)]
    [InlineData("UK", 5)]
    [InlineData("UA", 5)]
    [InlineData("UR", 5)]
    [InlineData("CG", 22)]
    [InlineData("CT", 22)]
    [InlineData("DD", 26)]
    [InlineData("DN", 26)]
    [InlineData("LA", 38)]
    public void Finds_by_letter_code_including_older_codes(string letters, int code)
    {
        Assert.True(IndianStates.TryGetByLetterCode(letters, out var state));
        Assert.Equal(code, state.Code);
    }

    [Theory]
    [InlineData("XX")]
    [InlineData("M")]
    [InlineData("MHX")]
    [InlineData("BH")]
    [InlineData("")]
    public void Unknown_letter_codes_are_not_found(string letters)
    {
        Assert.False(IndianStates.TryGetByLetterCode(letters, out _));
    }

    [Theory]
    [InlineData("Maharashtra", 27)]
    [InlineData("  tamil nadu ", 33)]
    [InlineData("27-Maharashtra", 27)]
    [InlineData("27 - Maharashtra", 27)]
    [InlineData("07", 7)]
    [InlineData("Andaman & Nicobar Islands", 35)]
    [InlineData("Dadra and Nagar Haveli and Daman and Diu", 26)]
    public void Finds_by_name_as_written_in_a_place_of_supply(string text, int code)
    {
        Assert.True(IndianStates.TryGetByName(text, out var state));
        Assert.Equal(code, state.Code);
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("27-Karnataka")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_names_are_not_found(string? text)
    {
        Assert.False(IndianStates.TryGetByName(text, out _));
    }
}
