using System.Text.RegularExpressions;
using Sangam.India.Tax;

namespace Sangam.India.Tests.Tax;

public class GstinTests
{
    [Theory]
    [InlineData("27AAPFU0939F1ZV")]
    [InlineData("24AACCT3352M1Z9")]
    [InlineData("06AABCO6063D1ZQ")]
    [InlineData("27AAGCG4576JBZW")]
    public void Published_valid_GSTINs_parse_strictly(string text)
    {
        var result = Gstin.Parse(text);

        Assert.True(result.IsValid, result.Problem);
        Assert.False(result.HasWarnings);
        Assert.Equal(text, result.Value.Value);
        Assert.Equal(text, result.Value.ToString());
        Assert.True(result.Value.HasValidCheckCharacter);
        Assert.Matches(Gstin.Pattern, result.Value.Value);
    }

    [Theory]
    [InlineData("27AAPFU0939F1Z", 'V')]
    [InlineData("24AACCT3352M1Z", '9')]
    [InlineData("06AABCO6063D1Z", 'Q')]
    [InlineData("27AAGCG4576JBZ", 'W')]
    [InlineData("27AAGCG4576J1Z", '6')]
    public void Check_character_follows_the_published_algorithm(string first14, char expected)
    {
        Assert.Equal(expected, Gstin.ComputeCheckCharacter(first14));
    }

    [Theory]
    [InlineData("27AAPFU0939F1")]
    [InlineData("27aapfu0939f1z")]
    [InlineData("27AAPFU0939F1Z!")]
    public void Check_character_needs_14_canonical_characters(string text)
    {
        Assert.Throws<ArgumentException>(() => Gstin.ComputeCheckCharacter(text));
    }

    [Fact]
    public void Bad_check_character_is_explained()
    {
        var result = Gstin.Parse("27AAGCG4576J1Z8");

        Assert.False(result.IsValid);
        Assert.Equal("check character should be '6' but is '8'", result.Problem);
    }

    [Theory]
    [InlineData(" 27aapfu0939f1zv ")]
    [InlineData("27 AAPFU 0939 F1ZV")]
    [InlineData("27-AAPFU-0939-F1ZV")]
    [InlineData("\t27AAPFU0939F1ZV\n")]
    public void Input_is_normalised(string text)
    {
        Assert.True(Gstin.TryParse(text, out var gstin));
        Assert.Equal("27AAPFU0939F1ZV", gstin.Value);
    }

    [Fact]
    public void Canonical_input_is_not_copied()
    {
        var text = "27AAPFU0939F1ZV";

        Assert.Same(text, Gstin.Parse(text).Value.Value);
    }

    [Fact]
    public void Components_are_exposed()
    {
        var gstin = Gstin.Parse("27AAPFU0939F1ZV").Value;

        Assert.Equal(27, gstin.StateCode);
        Assert.Equal("Maharashtra", gstin.State.Name);
        Assert.Equal("AAPFU0939F", gstin.Pan.Value);
        Assert.Equal(PanHolderType.Firm, gstin.Pan.HolderType);
        Assert.Equal('1', gstin.EntityNumber);
        Assert.Equal('V', gstin.CheckCharacter);
    }

    [Theory]
    [InlineData("45AAPFU0939F1Z", "state code 45 does not exist")]
    [InlineData("00AAPFU0939F1Z", "state code 00 does not exist")]
    [InlineData("39AAPFU0939F1Z", "state code 39 does not exist")]
    [InlineData("2AAAPFU0939F1Z", "character 2 should be a digit but is 'A'")]
    [InlineData("27AAPF00939F1Z", "character 7 should be a letter but is '0'")]
    [InlineData("27AAPFUO939F1Z", "character 8 should be a digit but is 'O'")]
    [InlineData("27AAPFU093911Z", "character 12 should be a letter but is '1'")]
    [InlineData("27AAPFU0939F0Z", "character 13 (entity number) should be 1-9 or A-Z but is '0'")]
    [InlineData("27AAPFU0939F1Y", "character 14 should be 'Z' but is 'Y'")]
    public void Each_wrong_part_is_named(string first14, string problem)
    {
        // With a correct check character, so only the named part is wrong.
        var result = Gstin.Parse(first14 + Gstin.ComputeCheckCharacter(first14));

        Assert.False(result.IsValid);
        Assert.Equal(problem, result.Problem);
    }

    [Fact]
    public void Every_state_code_of_the_table_is_accepted()
    {
        foreach (var state in IndianStates.All)
        {
            var first14 = state.GstCode + "AAPFU0939F1Z";

            var gstin = Gstin.Parse(first14 + Gstin.ComputeCheckCharacter(first14));

            Assert.True(gstin.IsValid, gstin.Problem);
            Assert.Same(state, gstin.Value.State);
        }
    }

    [Theory]
    [InlineData("14AAPFU0939F1Z")]
    [InlineData("27AAPFU0939F1")]
    [InlineData("27AAPFU0939F1ZVX")]
    public void Wrong_length_is_reported(string text)
    {
        var result = Gstin.Parse(text);

        Assert.False(result.IsValid);
        Assert.StartsWith("expected 15 characters, got ", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Sandbox_GSTIN_fails_strictly_and_passes_leniently_with_warnings()
    {
        Assert.False(Gstin.TryParse("01AMBPG7773M002", out _));

        var result = Gstin.Parse("01AMBPG7773M002", ValidationMode.Lenient);

        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(
            [
                "character 13 (entity number) should be 1-9 or A-Z but is '0'",
                "character 14 should be 'Z' but is '0'",
                "check character should be 'Y' but is '2'",
            ],
            result.Warnings);
        Assert.False(result.Value.HasValidCheckCharacter);
        Assert.Equal("AMBPG7773M", result.Value.Pan.Value);
        Assert.Equal("Jammu and Kashmir", result.Value.State.Name);
    }

    [Fact]
    public void Sample_invoice_GSTIN_passes_leniently()
    {
        Assert.True(Gstin.TryParse("37BZNPM9430M1KL", ValidationMode.Lenient, out var gstin));
        Assert.Equal("Andhra Pradesh", gstin.State.Name);
        Assert.False(gstin.HasValidCheckCharacter);
    }

    [Theory]
    [InlineData("45AMBPG7773M002")]
    [InlineData("01AMBP17773M002")]
    public void Lenient_mode_still_rejects_a_bad_state_or_PAN(string text)
    {
        Assert.False(Gstin.Parse(text, ValidationMode.Lenient).IsValid);
    }

    [Fact]
    public void Every_single_character_substitution_is_detected()
    {
        var random = new Random(20240601);
        for (var n = 0; n < 10_000; n++)
        {
            var valid = Generate.GstinText(random);
            Assert.True(Gstin.TryParse(valid, out _), valid);

            var position = random.Next(valid.Length);
            var replacement = Generate.Alphanumerics[random.Next(Generate.Alphanumerics.Length)];
            if (replacement == valid[position])
            {
                continue;
            }

            var corrupted = string.Concat(valid.AsSpan(0, position), [replacement], valid.AsSpan(position + 1));
            Assert.False(Gstin.TryParse(corrupted, out _), $"{valid} -> {corrupted}");
        }
    }

    [Fact]
    public void Generated_GSTINs_match_the_published_pattern_and_round_trip()
    {
        var random = new Random(7);
        var pattern = new Regex(Gstin.Pattern);
        for (var n = 0; n < 2_000; n++)
        {
            var valid = Generate.GstinText(random);
            var gstin = Gstin.Parse(Generate.Scramble(random, valid)).Value;

            Assert.Equal(valid, gstin.Value);
            Assert.Matches(pattern, gstin.Value);
            Assert.Equal(valid.Substring(2, 10), gstin.Pan.Value);
        }
    }
}
