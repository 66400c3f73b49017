using System.Buffers;
using System.Globalization;

namespace Sangam.Api.Http.Input;

/// <summary>
/// The platform's one rule for text that comes from outside: no control character (Unicode category Cc, U+0000-U+001F
/// and U+007F-U+009F) and no unpaired surrogate, except the layout characters tab, line feed and carriage return in
/// text that may span lines; and no value longer than its limit. The request guards apply it to paths, query strings,
/// headers, JSON strings and form fields, the importers to every field of the files they read. PostgreSQL cannot
/// store U+0000 at all while SQLite stores anything, so the rule is what makes both databases answer alike.
/// </summary>
public static class TextRules
{
    private const string ControlRanges = "U+0000-U+001F, U+007F-U+009F";

    // Every character the rule may object to; layout characters and surrogate pairs are sorted out after the search.
    private static readonly SearchValues<char> Suspicious = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0x20).Concat(Enumerable.Range(0x7F, 0x21)).Concat(Enumerable.Range(0xD800, 0x800)).Select(c => (char)c)));

    /// <summary>
    /// What is wrong with <paramref name="text"/>, phrased as the form it should follow (for <c>ApiError.InvalidField</c>),
    /// or null when it is acceptable.
    /// </summary>
    /// <param name="text">The value, decoded.</param>
    /// <param name="maxLength">Its limit in UTF-16 code units.</param>
    /// <param name="multiLine">Whether tab, line feed and carriage return are allowed (body text such as addresses).</param>
    public static string? Problem(ReadOnlySpan<char> text, int maxLength, bool multiLine = false)
    {
        if (text.Length > maxLength)
        {
            return string.Create(CultureInfo.InvariantCulture, $"at most {maxLength} characters (this value has {text.Length})");
        }

        var offset = 0;
        while (text[offset..].IndexOfAny(Suspicious) is var found and >= 0)
        {
            var at = offset + found;
            var c = text[at];
            if (char.IsHighSurrogate(c) && at + 1 < text.Length && char.IsLowSurrogate(text[at + 1]))
            {
                offset = at + 2;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"valid Unicode text (character {at + 1} is an unpaired surrogate)");
            }

            if (!(multiLine && c is '\t' or '\n' or '\r'))
            {
                var allowed = multiLine ? " other than tab and line breaks" : "";
                return string.Create(CultureInfo.InvariantCulture,
                    $"text without control characters ({ControlRanges}{allowed}; character {at + 1} is U+{(int)c:X4})");
            }

            offset = at + 1;
        }

        return null;
    }
}
