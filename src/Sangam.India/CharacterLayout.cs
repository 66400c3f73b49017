using System.Globalization;

namespace Sangam.India;

/// <summary>
/// Checks fixed-layout identifiers position by position, so a problem names the exact
/// character ("character 7 should be a digit but is 'O'") instead of a bare "format mismatch".
/// </summary>
/// <remarks>
/// Layout masks: <c>A</c> an ASCII upper-case letter, <c>9</c> an ASCII digit,
/// <c>*</c> either; any other mask character must appear literally.
/// </remarks>
internal static class CharacterLayout
{
    /// <summary>The first mismatch of <paramref name="value"/> against <paramref name="mask"/>, or null.</summary>
    /// <param name="value">Canonical characters, exactly as long as the mask.</param>
    /// <param name="mask">The layout.</param>
    /// <param name="firstPosition">The 1-based position of value[0] in the whole identifier.</param>
    public static string? FindMismatch(ReadOnlySpan<char> value, ReadOnlySpan<char> mask, int firstPosition = 1)
    {
        for (var i = 0; i < mask.Length; i++)
        {
            var c = value[i];
            var expected = mask[i] switch
            {
                'A' => char.IsAsciiLetterUpper(c) ? null : "a letter",
                '9' => char.IsAsciiDigit(c) ? null : "a digit",
                '*' => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) ? null : "a letter or digit",
                var literal => c == literal ? null : IdentifierText.Quote(literal),
            };
            if (expected is not null)
            {
                return string.Create(
                    CultureInfo.InvariantCulture,
                    $"character {firstPosition + i} should be {expected} but is {IdentifierText.Quote(c)}");
            }
        }

        return null;
    }
}
