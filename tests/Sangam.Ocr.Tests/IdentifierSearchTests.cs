using Sangam.Ocr.Documents.Parsing;

namespace Sangam.Ocr.Tests;

/// <summary>Low-resolution misreadings seen in the degraded corpus, repaired through the GSTIN check character.</summary>
public sealed class IdentifierSearchTests
{
    [Theory]
    [InlineData("290XACO1372X1Z6", "29DXACO1372X1Z6")]
    [InlineData("24HIECD600701ZT", "24HIECD6007Q1ZT")]
    [InlineData("360YHCPS543W3ZW", "36DYHCP5543W3ZW")]
    [InlineData("OSDKTCT3041Y3ZE", "08DKTCT3041Y3ZE")]
    [InlineData("36EANFY9184/223", "36EANFY9184I2Z3")]
    [InlineData("36KKZCQ5579B82ZU", "36KKZCQ5579B2ZU")]
    public void Ambiguous_marks_are_settled_by_the_check_character(string read, string expected)
    {
        var match = IdentifierSearch.FindGstin($"GSTIN/UIN: {read}");

        Assert.NotNull(match);
        Assert.Equal(expected, match.Gstin);
        Assert.True(match.CheckCharacterValid);
        Assert.InRange(match.ChangedCharacters, 1, 3);
    }

    [Fact]
    public void A_clean_reading_is_taken_as_it_is()
    {
        var match = IdentifierSearch.FindGstin("GSTIN: 29DXACO1372X1Z6");

        Assert.Equal(new GstinMatch("29DXACO1372X1Z6", 0, CheckCharacterValid: true), match);
    }

    [Fact]
    public void A_reading_no_repair_verifies_is_returned_unverified()
    {
        var match = IdentifierSearch.FindGstin("GSTIN: 29DXACO1372X1Z7");

        Assert.NotNull(match);
        Assert.False(match.CheckCharacterValid);
    }

    [Theory]
    [InlineData("27AAPFU939F1ZV")]
    [InlineData("27AAPFU09391ZV")]
    [InlineData("27AAPFU0939F1Z")]
    public void A_gstin_read_with_a_lost_character_is_restored_when_only_one_insertion_verifies(string read)
    {
        var match = IdentifierSearch.FindGstin($"GSTIN: {read}");

        Assert.NotNull(match);
        Assert.Equal(new GstinMatch("27AAPFU0939F1ZV", 1, CheckCharacterValid: true, GstinLengthRepair.MissingCharacterRestored), match);
        Assert.StartsWith("read with 14 characters, the missing one restored; check character verifies", match.Score(90).Evidence, StringComparison.Ordinal);
        Assert.True(match.Score(90).Accuracy < 90);
    }

    [Fact]
    public void A_lost_character_that_several_insertions_could_restore_is_not_guessed()
    {
        // "27AAPFU0939F1ZV" with its second 9 lost: a 3 before or after the 9 (0393, 0369 ...) verifies too,
        // so the reading is returned as read, with its check failed.
        Assert.Equal(new GstinMatch("27AAPFU039F1ZV", 0, CheckCharacterValid: false), IdentifierSearch.FindGstin("GSTIN: 27AAPFU039F1ZV"));
    }

    [Fact]
    public void A_lost_character_is_settled_by_the_same_gstin_read_cleanly_elsewhere()
    {
        var match = IdentifierSearch.FindGstin("GSTIN: 27AAPFU039F1ZV", new HashSet<string> { "27AAPFU0939F1ZV" });

        Assert.Equal("27AAPFU0939F1ZV", match?.Gstin);
    }

    [Fact]
    public void A_stray_character_and_a_confusion_are_both_said_in_the_evidence()
    {
        // "27AAPFU0939F1ZV" with its last 9 read twice and the PAN's 0 read as O.
        var match = IdentifierSearch.FindGstin("GSTIN: 27AAPFUO9399F1ZV");

        Assert.NotNull(match);
        Assert.Equal("27AAPFU0939F1ZV", match.Gstin);
        Assert.Equal(GstinLengthRepair.StrayCharacterDropped, match.LengthRepair);
        Assert.Equal(1, match.Confusions);
        Assert.StartsWith("read with 16 characters, a stray one dropped, 1 OCR confusion(s) repaired", match.Score(90).Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Grand Total (INR)  8,93,394,.00", 893394.00)]
    [InlineData("Total Invoice Value  2,90,670.00", 290670.00)]
    public void Amounts_survive_a_speck_before_the_decimal_point(string text, decimal expected)
    {
        Assert.True(AmountText.TryParseLast(text, out var amount));
        Assert.Equal(expected, amount);
    }

    [Fact]
    public void An_irn_split_by_a_wide_gap_is_joined()
    {
        var found = IdentifierSearch.FindIrn("d25c51778bd08a87d7f336e2ca0d9f9b964e97f0cc58946b487 26f6b218188a0");

        Assert.Equal(("d25c51778bd08a87d7f336e2ca0d9f9b964e97f0cc58946b48726f6b218188a0", 0), found);
    }
}
