using Sangam.India.Tax;

namespace Sangam.India.Tests.Tax;

public class GstinOcrTests
{
    // The confusions OCR makes, both ways.
    private static readonly Dictionary<char, char> Twins = "0O1I5S8B2Z6G"
        .Chunk(2)
        .SelectMany(pair => new[] { (pair[0], pair[1]), (pair[1], pair[0]) })
        .ToDictionary(pair => pair.Item1, pair => pair.Item2);

    [Fact]
    public void A_valid_GSTIN_needs_no_change()
    {
        Assert.True(GstinOcr.TryRepair("27AAPFU0939F1ZV", out var gstin, out var changed));
        Assert.Equal("27AAPFU0939F1ZV", gstin.Value);
        Assert.Equal(0, changed);
    }

    [Theory]
    [InlineData("27AAPFUO939F1ZV", "27AAPFU0939F1ZV", 1)] // O read for 0 in the PAN digits
    [InlineData("Z7AAPFU0939F1ZV", "27AAPFU0939F1ZV", 1)] // Z read for 2 in the state code
    [InlineData("27AAPFU0939F12V", "27AAPFU0939F1ZV", 1)] // 2 read for the fixed Z
    [InlineData("O6AABCOG063D1ZQ", "06AABCO6063D1ZQ", 2)] // two confusions; the O of the PAN letters stays
    [InlineData("27 aapfu o939 f1zv", "27AAPFU0939F1ZV", 1)] // OCR spacing and case
    [InlineData("27AAPFU0939FIZV", "27AAPFU0939F1ZV", 1)] // I read for the entity number 1: only the check character can tell
    public void Classic_confusions_are_repaired(string ocr, string expected, int expectedChanges)
    {
        Assert.True(GstinOcr.TryRepair(ocr, out var gstin, out var changed));
        Assert.Equal(expected, gstin.Value);
        Assert.Equal(expectedChanges, changed);
    }

    [Theory]
    [InlineData("27AAPFU0939F1ZX")] // wrong check character that no confusion explains
    [InlineData("24AACCT3352M1ZG")] // G is a confusion of 6, and 6 is not the check character either
    [InlineData("27AAPFU0939F1Z9")] // a check character of another GSTIN
    [InlineData("27AAPFUX939F1ZV")] // X where a digit must be
    [InlineData("27AAPFU0939F1YV")] // Y where the fixed Z must be
    [InlineData("27AAPFU0939F1Z")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("२७AAPFU0939F1ZV")]
    public void Unrepairable_text_is_refused(string? ocr)
    {
        Assert.False(GstinOcr.TryRepair(ocr, out var gstin, out var changed));
        Assert.Equal(default, gstin);
        Assert.Equal(0, changed);
    }

    [Fact]
    public void Confusions_where_the_class_is_fixed_are_always_repaired_exactly()
    {
        var random = new Random(6346);
        var fixedClassPositions = new[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13 };
        var repaired = 0;
        for (var n = 0; n < 5_000; n++)
        {
            var valid = Generate.GstinText(random);
            var corrupted = valid.ToCharArray();
            var corruptions = 0;
            foreach (var position in fixedClassPositions.OrderBy(_ => random.Next()).Take(random.Next(1, 4)))
            {
                if (Twins.TryGetValue(corrupted[position], out var twin))
                {
                    corrupted[position] = twin;
                    corruptions++;
                }
            }

            if (corruptions == 0)
            {
                continue;
            }

            Assert.True(GstinOcr.TryRepair(new string(corrupted), out var gstin, out var changed), new string(corrupted));
            Assert.Equal(valid, gstin.Value);
            Assert.Equal(corruptions, changed);
            repaired++;
        }

        Assert.True(repaired > 1_000, $"only {repaired} samples had a confusable character");
    }

    [Fact]
    public void Confusions_in_the_entity_number_or_check_character_are_repaired_or_refused_never_guessed_wrong()
    {
        var random = new Random(36);
        int repaired = 0, refused = 0;
        for (var n = 0; n < 5_000; n++)
        {
            var valid = Generate.GstinText(random);
            var position = random.Next(2) == 0 ? 12 : 14;
            if (!Twins.TryGetValue(valid[position], out var twin))
            {
                continue;
            }

            var corrupted = valid.ToCharArray();
            corrupted[position] = twin;
            if (GstinOcr.TryRepair(new string(corrupted), out var gstin, out var changed))
            {
                Assert.Equal(valid, gstin.Value);
                Assert.Equal(1, changed);
                repaired++;
            }
            else
            {
                refused++;
            }
        }

        Assert.True(repaired > 10 * refused, $"{repaired} repaired, {refused} refused as ambiguous");
    }
}
