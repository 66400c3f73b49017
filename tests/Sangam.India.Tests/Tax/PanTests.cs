using Sangam.India.Tax;

namespace Sangam.India.Tests.Tax;

public class PanTests
{
    [Theory]
    [InlineData("AAACC1234C", PanHolderType.Company)]
    [InlineData("ABCPD1234E", PanHolderType.Person)]
    [InlineData("ABCHD1234E", PanHolderType.HinduUndividedFamily)]
    [InlineData("AAPFU0939F", PanHolderType.Firm)]
    [InlineData("ABCAD1234E", PanHolderType.AssociationOfPersons)]
    [InlineData("ABCTD1234E", PanHolderType.Trust)]
    [InlineData("ABCBD1234E", PanHolderType.BodyOfIndividuals)]
    [InlineData("ABCLD1234E", PanHolderType.LocalAuthority)]
    [InlineData("ABCJD1234E", PanHolderType.ArtificialJuridicalPerson)]
    [InlineData("ABCGD1234E", PanHolderType.Government)]
    public void Holder_type_comes_from_the_fourth_letter(string text, PanHolderType holder)
    {
        var result = Pan.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.False(result.HasWarnings);
        Assert.Equal(holder, result.Value.HolderType);
        Assert.Matches(Pan.Pattern, result.Value.Value);
    }

    [Fact]
    public void Unknown_holder_letter_is_a_warning()
    {
        var result = Pan.Parse("ABCXD1234E");

        Assert.True(result.IsValid);
        Assert.Equal(PanHolderType.Unknown, result.Value.HolderType);
        Assert.Equal(["character 4 'X' is not a known PAN holder type"], result.Warnings);
    }

    [Theory]
    [InlineData(" aapfu0939f ")]
    [InlineData("AAPFU 0939 F")]
    [InlineData("aapfu-0939-f")]
    public void Input_is_normalised(string text)
    {
        Assert.True(Pan.TryParse(text, out var pan));
        Assert.Equal("AAPFU0939F", pan.Value);
        Assert.Equal("AAPFU0939F", pan.ToString());
    }

    [Theory]
    [InlineData("AAPF10939F", "character 5 should be a letter but is '1'")]
    [InlineData("AAPFUO939F", "character 6 should be a digit but is 'O'")]
    [InlineData("AAPFU09399", "character 10 should be a letter but is '9'")]
    [InlineData("AAPFU0939", "expected 10 characters, got 9")]
    [InlineData("AAPFU0939F1", "expected 10 characters, got 11")]
    public void Problems_are_named(string text, string problem)
    {
        Assert.Equal(problem, Pan.Parse(text).Problem);
    }
}
