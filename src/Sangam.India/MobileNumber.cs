using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India;

/// <summary>
/// An Indian mobile number: ten digits starting with 6, 7, 8 or 9. Which operator serves it
/// cannot be derived from the digits (numbers are portable).
/// </summary>
/// <remarks>
/// A mobile number is personal data: log <see cref="Masked"/>, never <see cref="Value"/>.
/// </remarks>
public readonly record struct MobileNumber : IIdentifier<MobileNumber>
{
    /// <summary>The format of a normalised mobile number.</summary>
    public const string Pattern = "^[6-9][0-9]{9}$";

    /// <summary>A mobile number for messages and help (+91, 91 or 0 in front are accepted).</summary>
    public const string Example = "9876543210";

    /// <summary>Digits in a mobile number.</summary>
    public const int Length = 10;

    private readonly string? _value;

    private MobileNumber(string value) => _value = value;

    /// <summary>The ten digits.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The international form, <c>+919876543210</c>.</summary>
    public string E164 => "+91" + Value;

    /// <summary>The country code and the ten digits, <c>919876543210</c>, as operator APIs take an MSISDN.</summary>
    public string Msisdn => "91" + Value;

    /// <summary>A form safe for logs that keeps the first and last two digits, <c>98XXXXXX10</c>.</summary>
    public string Masked => Value.Length == Length ? string.Concat(Value.AsSpan(0, 2), "XXXXXX", Value.AsSpan(8)) : string.Empty;

    static string IIdentifier<MobileNumber>.Pattern => Pattern;

    /// <summary>Parses a mobile number; a leading +91, 91 or 0, spaces and hyphens are removed.</summary>
    public static ParseResult<MobileNumber> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", "+", out var length, out var problem))
        {
            return ParseResult.Failure<MobileNumber>(problem);
        }

        var chars = WithoutPrefix(buffer[..length]);
        if (chars.Contains('+'))
        {
            return ParseResult.Failure<MobileNumber>("'+' is allowed only in a leading +91");
        }

        if (chars.Length != Length)
        {
            return ParseResult.Failure<MobileNumber>(string.Create(
                CultureInfo.InvariantCulture,
                $"expected 10 digits after removing +91/91/0, got {chars.Length}"));
        }

        problem = CharacterLayout.FindMismatch(chars, "9999999999");
        if (problem is not null)
        {
            return ParseResult.Failure<MobileNumber>(problem + " (after removing +91/91/0)");
        }

        if (chars[0] < '6')
        {
            return ParseResult.Failure<MobileNumber>($"a mobile number starts with 6, 7, 8 or 9, not '{chars[0]}'");
        }

        return ParseResult.Success(new MobileNumber(IdentifierText.ToValue(input!, chars)));
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out MobileNumber value) =>
        Parse(input).TryGetValue(out value);

    /// <summary>The ten digits; use <see cref="Masked"/> in logs.</summary>
    public override string ToString() => Value;

    // The prefix is recognised by length, so a ten-digit number that happens to start with 91 is kept whole.
    private static ReadOnlySpan<char> WithoutPrefix(ReadOnlySpan<char> chars) => chars switch
    {
        ['+', '9', '1', .. var rest] => rest,
        ['9', '1', .. var rest] when chars.Length == Length + 2 => rest,
        ['0', .. var rest] when chars.Length == Length + 1 => rest,
        _ => chars,
    };
}
