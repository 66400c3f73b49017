using System.Diagnostics.CodeAnalysis;

namespace Sangam.India.Vehicles;

/// <summary>The id (EPC) of a FASTag, 24 hexadecimal digits (e.g. <c>34161FA820328972487BE420</c>).</summary>
public readonly record struct FastagTagId : IIdentifier<FastagTagId>
{
    /// <summary>The format of a normalised tag id.</summary>
    public const string Pattern = HexIdentifier.Pattern;

    /// <summary>A tag id for messages and help.</summary>
    public const string Example = "34161FA820328972487BE420";

    private readonly string? _value;

    private FastagTagId(string value) => _value = value;

    /// <summary>The tag id in upper case.</summary>
    public string Value => _value ?? string.Empty;

    static string IIdentifier<FastagTagId>.Pattern => Pattern;

    /// <summary>Parses a tag id; spaces and hyphens are ignored, letters may be lower case.</summary>
    public static ParseResult<FastagTagId> Parse(string? input)
    {
        var hex = HexIdentifier.Parse(input);
        return hex.IsValid ? ParseResult.Success(new FastagTagId(hex.Value)) : ParseResult.Failure<FastagTagId>(hex.Problem);
    }

    /// <inheritdoc cref="Parse(string?)"/>
    public static bool TryParse([NotNullWhen(true)] string? input, out FastagTagId value) => Parse(input).TryGetValue(out value);

    /// <inheritdoc />
    public override string ToString() => Value;
}
