using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India.Shipping;

/// <summary>
/// An ISO 6346 container number: owner code, category letter, six-digit serial and check digit
/// (e.g. <c>CSQU3054383</c>).
/// </summary>
public readonly record struct ContainerNumber : IIdentifier<ContainerNumber>
{
    /// <summary>The format of a normalised container number (the check digit is verified on top of it).</summary>
    public const string Pattern = "^[A-Z]{3}[UJZ][0-9]{7}$";

    /// <summary>Characters in a container number.</summary>
    public const int Length = 11;

    private const string Layout = "AAAA9999999";

    private readonly string? _value;

    private ContainerNumber(string value) => _value = value;

    /// <summary>The container number in upper case without spaces.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>The three-letter owner code registered with the BIC.</summary>
    public string OwnerCode => Value[..3];

    /// <summary>The equipment category.</summary>
    public ContainerCategory Category => (ContainerCategory)Value[3];

    /// <summary>The six-digit serial number.</summary>
    public string SerialNumber => Value.Substring(4, 6);

    /// <summary>The last digit.</summary>
    public int CheckDigit => Value[10] - '0';

    /// <summary>False only for a number accepted in lenient mode whose check digit is wrong.</summary>
    public bool HasValidCheckDigit => ComputeCheckDigit(Value.AsSpan(0, Length - 1)) == CheckDigit;

    /// <summary>The number as painted on a container: <c>CSQU 305438 3</c>.</summary>
    public string DisplayForm => string.Create(CultureInfo.InvariantCulture, $"{Value.AsSpan(0, 4)} {Value.AsSpan(4, 6)} {Value[10]}");

    static string IIdentifier<ContainerNumber>.Pattern => Pattern;

    // ISO 6346 letter values run from 10 and skip the multiples of 11 (11, 22, 33).
    private static ReadOnlySpan<byte> LetterValues =>
        [10, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 34, 35, 36, 37, 38];

    /// <summary>Parses a container number strictly; spaces and hyphens are ignored, letters may be lower case.</summary>
    public static ParseResult<ContainerNumber> Parse(string? input) => Parse(input, ValidationMode.Strict);

    /// <summary>
    /// Parses a container number. In <see cref="ValidationMode.Lenient"/> mode a wrong check digit
    /// is a warning, so a document's number can be reported with its verdict rather than dropped.
    /// </summary>
    public static ParseResult<ContainerNumber> Parse(string? input, ValidationMode mode)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<ContainerNumber>(problem);
        }

        var chars = buffer[..length];
        problem = length == Length ? CharacterLayout.FindMismatch(chars, Layout) : IdentifierText.WrongLength(Length, length);
        if (problem is null && chars[3] is not ('U' or 'J' or 'Z'))
        {
            problem = $"character 4 (category) should be U, J or Z but is {IdentifierText.Quote(chars[3])}";
        }

        if (problem is not null)
        {
            return ParseResult.Failure<ContainerNumber>(problem);
        }

        var expected = ComputeCheckDigit(chars[..10]);
        var container = new ContainerNumber(IdentifierText.ToValue(input!, chars));
        if (expected == chars[10] - '0')
        {
            return ParseResult.Success(container);
        }

        problem = string.Create(CultureInfo.InvariantCulture, $"check digit should be {expected} but is {chars[10]}");
        return mode == ValidationMode.Lenient
            ? ParseResult.Success(container, [problem])
            : ParseResult.Failure<ContainerNumber>(problem);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out ContainerNumber value) =>
        Parse(input, ValidationMode.Strict).TryGetValue(out value);

    /// <summary>
    /// The ISO 6346 check digit of the first ten characters: letter values and digits weighted
    /// by 2^position, summed, modulo 11, with 10 written as 0.
    /// </summary>
    /// <exception cref="ArgumentException">Not four letters followed by six digits.</exception>
    public static int ComputeCheckDigit(ReadOnlySpan<char> first10)
    {
        if (first10.Length != Length - 1 || CharacterLayout.FindMismatch(first10, Layout.AsSpan(0, Length - 1)) is not null)
        {
            throw new ArgumentException("Expected four upper-case letters and six digits.", nameof(first10));
        }

        var sum = 0;
        for (var i = 0; i < first10.Length; i++)
        {
            var c = first10[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : LetterValues[c - 'A'];
            sum += value << i;
        }

        return sum % 11 % 10;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
