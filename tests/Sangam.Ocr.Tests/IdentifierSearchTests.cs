using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Tests;

public sealed class IdentifierSearchTests
{
    [Theory]
    [InlineData("290XACO1372X1Z6", "29DXACO1372X1Z6")]
    [InlineData("24HIECD600701ZT", "24HIECD6007Q1ZT")]
    [InlineData("360YHCPS543W3ZW", "36DYHCP5543W3ZW")]
    public void A_zero_read_for_D_or_Q_in_a_letter_position_is_settled_by_the_check_character(string read, string expected)
    {
        var match = IdentifierSearch.FindGstin($"GSTIN/UIN: {read}");

        Assert.NotNull(match);
        Assert.Equal(expected, match.Gstin);
        Assert.True(match.CheckCharacterValid);
        Assert.True(match.ChangedCharacters >= 1);
    }

    [Fact]
    public void A_clean_reading_is_taken_as_it_is()
    {
        var match = IdentifierSearch.FindGstin("GSTIN: 29DXACO1372X1Z6");

        Assert.Equal(new GstinMatch("29DXACO1372X1Z6", 0, CheckCharacterValid: true), match);
    }
}
