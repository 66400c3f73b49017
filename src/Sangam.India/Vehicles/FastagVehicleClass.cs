using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sangam.India.Vehicles;

/// <summary>The NETC vehicle class of a FASTag, <c>VC4</c> to <c>VC20</c>, which sets the toll tariff.</summary>
public readonly record struct FastagVehicleClass : IIdentifier<FastagVehicleClass>
{
    /// <summary>The format of a normalised vehicle class.</summary>
    public const string Pattern = "^VC([4-9]|1[0-9]|20)$";

    /// <summary>The lowest class number.</summary>
    public const int MinNumber = 4;

    /// <summary>The highest class number.</summary>
    public const int MaxNumber = 20;

    private FastagVehicleClass(int number) => Number = number;

    /// <summary>The class number, 4 to 20.</summary>
    public int Number { get; }

    /// <summary>The class as NETC writes it, e.g. <c>VC11</c>.</summary>
    public string Value => Number == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"VC{Number}");

    static string IIdentifier<FastagVehicleClass>.Pattern => Pattern;

    /// <summary>Parses <c>VC4</c>..<c>VC20</c>; case, spaces and a leading zero (<c>VC04</c>) are tolerated.</summary>
    public static ParseResult<FastagVehicleClass> Parse(string? input)
    {
        Span<char> buffer = stackalloc char[IdentifierText.MaxLength];
        if (!IdentifierText.TryNormalize(input, buffer, " -", [], out var length, out var problem))
        {
            return ParseResult.Failure<FastagVehicleClass>(problem);
        }

        var chars = buffer[..length];
        if (chars is ['V', 'C', .. var digits]
            && digits.Length is >= 1 and <= 2
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number is >= MinNumber and <= MaxNumber)
        {
            return ParseResult.Success(new FastagVehicleClass(number));
        }

        return ParseResult.Failure<FastagVehicleClass>(string.Create(
            CultureInfo.InvariantCulture,
            $"'{chars}' is not a vehicle class; expected VC{MinNumber} to VC{MaxNumber}"));
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out FastagVehicleClass value) =>
        Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
