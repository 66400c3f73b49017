using System.Buffers;

namespace Sangam.India.Vehicles;

/// <summary>Parsing shared by the 24-hex-digit FASTag identifiers.</summary>
internal static class HexIdentifier
{
    public const int Length = 24;

    public const string Pattern = "^[0-9A-F]{24}$";

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEF");

    public static ParseResult<string> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<string>(problem);
        }

        if (length != Length)
        {
            return ParseResult.Failure<string>(IdentifierText.WrongLength(Length, length) + " (hexadecimal)");
        }

        var chars = buffer[..Length];
        var notHex = chars.IndexOfAnyExcept(HexDigits);
        return notHex < 0
            ? ParseResult.Success(IdentifierText.ToValue(input!, chars))
            : ParseResult.Failure<string>($"character {notHex + 1} should be a hexadecimal digit but is {IdentifierText.Quote(chars[notHex])}");
    }
}
