using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India;

/// <summary>
/// Turns raw identifier input into its canonical characters: trimmed, ASCII upper case,
/// separators removed where the format allows, and anything else outside ASCII letters and
/// digits rejected with its position. Every parser starts here so they all agree on what
/// "normalised" means and none of them looks at more than <see cref="MaxLength"/> characters.
/// </summary>
internal static class IdentifierText
{
    /// <summary>Longest trimmed input looked at; generous for spaced-out forms, small enough to bound hostile input.</summary>
    public const int MaxLength = 96;

    public const string NoValue = "no value given";

    /// <summary>
    /// Copies the canonical characters of <paramref name="input"/> into <paramref name="buffer"/>
    /// (at least <see cref="MaxLength"/> long). Characters in <paramref name="strip"/> are dropped
    /// (a space there stands for any whitespace); characters in <paramref name="keep"/> are kept as they are.
    /// </summary>
    public static bool TryNormalize(
        string? input,
        Span<char> buffer,
        ReadOnlySpan<char> strip,
        ReadOnlySpan<char> keep,
        out int length,
        [NotNullWhen(false)] out string? problem)
    {
        length = 0;
        if (input is null)
        {
            problem = NoValue;
            return false;
        }

        // Checked before trimming so a megabyte of whitespace is not scanned either.
        if (input.Length > MaxLength * 4)
        {
            problem = TooLong(input.Length);
            return false;
        }

        var text = input.AsSpan().Trim();
        if (text.IsEmpty)
        {
            problem = NoValue;
            return false;
        }

        if (text.Length > MaxLength)
        {
            problem = TooLong(text.Length);
            return false;
        }

        var stripWhitespace = strip.Contains(' ');
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterLower(c))
            {
                c = (char)(c - ('a' - 'A'));
            }
            else if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && !keep.Contains(c))
            {
                if (strip.Contains(c) || (stripWhitespace && char.IsWhiteSpace(c)))
                {
                    continue;
                }

                problem = Unexpected(c, i);
                return false;
            }

            buffer[length++] = c;
        }

        if (length == 0)
        {
            problem = NoValue;
            return false;
        }

        problem = null;
        return true;
    }

    /// <summary>The canonical string, reusing <paramref name="input"/> when it already is canonical.</summary>
    public static string ToValue(string input, ReadOnlySpan<char> canonical) =>
        input.AsSpan().SequenceEqual(canonical) ? input : new string(canonical);

    /// <summary>A character quoted for a message; non-ASCII characters also get their code point.</summary>
    public static string Quote(char c) =>
        char.IsAscii(c) && !char.IsControl(c)
            ? string.Create(CultureInfo.InvariantCulture, $"'{c}'")
            : char.IsControl(c) || char.IsSurrogate(c)
                ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}")
                : string.Create(CultureInfo.InvariantCulture, $"'{c}' (U+{(int)c:X4})");

    public static string WrongLength(int expected, int actual) =>
        string.Create(CultureInfo.InvariantCulture, $"expected {expected} characters, got {actual}");

    private static string TooLong(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"too long ({length} characters)");

    private static string Unexpected(char c, int index)
    {
        // A non-ASCII digit (Devanagari, Arabic-Indic, full-width) passes char.IsDigit, which
        // is exactly how such input slips through naive checks; say so plainly.
        var kind = char.IsDigit(c) ? "a non-ASCII digit" : char.IsLetter(c) ? "a non-ASCII letter" : "not allowed";
        return string.Create(CultureInfo.InvariantCulture, $"character {index + 1} is {Quote(c)}: {kind}; only A-Z and 0-9 are allowed");
    }
}
