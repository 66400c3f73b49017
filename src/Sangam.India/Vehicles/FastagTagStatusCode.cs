using System.Globalization;

namespace Sangam.India.Vehicles;

/// <summary>Converts <see cref="FastagTagStatus"/> to and from its one-letter NETC code.</summary>
public static class FastagTagStatusCode
{
    /// <summary>The one-letter code, e.g. "A".</summary>
    public static string ToCode(this FastagTagStatus status) => status switch
    {
        FastagTagStatus.Active => "A",
        FastagTagStatus.Inactive => "I",
        FastagTagStatus.Blacklisted => "B",
        FastagTagStatus.Hotlisted => "H",
        FastagTagStatus.Closed => "C",
        FastagTagStatus.Lost => "L",
        FastagTagStatus.Exception => "E",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not a FASTag status."),
    };

    /// <summary>Parses a one-letter code, ignoring case and surrounding spaces.</summary>
    public static ParseResult<FastagTagStatus> Parse(string? code)
    {
        var text = code.AsSpan().Trim();
        return text switch
        {
            [] => ParseResult.Failure<FastagTagStatus>(IdentifierText.NoValue),
            [var letter] when char.ToUpperInvariant(letter) is 'A' or 'I' or 'B' or 'H' or 'C' or 'L' or 'E' =>
                ParseResult.Success((FastagTagStatus)char.ToUpperInvariant(letter)),
            _ => ParseResult.Failure<FastagTagStatus>(string.Create(
                CultureInfo.InvariantCulture,
                $"'{(text.Length > 8 ? string.Concat(text[..8], "…") : text)}' is not a tag status; expected A, I, B, H, C, L or E")),
        };
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse(string? code, out FastagTagStatus status) => Parse(code).TryGetValue(out status);
}
