using System.Diagnostics.CodeAnalysis;

namespace Sangam.India.Vehicles;

/// <summary>The TID of a FASTag, the chip id burnt in by its maker: 24 hexadecimal digits (e.g. <c>E200680A0000400AAC53CC34</c>).</summary>
public readonly record struct FastagTid : IIdentifier<FastagTid>
{
    /// <summary>The format of a normalised TID.</summary>
    public const string Pattern = HexIdentifier.Pattern;

    private readonly string? _value;

    private FastagTid(string value) => _value = value;

    /// <summary>The TID in upper case.</summary>
    public string Value => _value ?? string.Empty;

    static string IIdentifier<FastagTid>.Pattern => Pattern;

    /// <summary>Parses a TID; spaces and hyphens are ignored, letters may be lower case.</summary>
    public static ParseResult<FastagTid> Parse(string? input)
    {
        var hex = HexIdentifier.Parse(input);
        return hex.IsValid ? ParseResult.Success(new FastagTid(hex.Value)) : ParseResult.Failure<FastagTid>(hex.Problem);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out FastagTid value) => Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
