using System.Diagnostics.CodeAnalysis;

namespace Sangam.India;

/// <summary>
/// An Indian identifier that parses from free text into a normalised <see cref="Value"/>.
/// Lets callers validate any identifier the same way, e.g. to build the API's
/// "Format should follow &lt;pattern&gt;" message from <see cref="Pattern"/>.
/// </summary>
/// <typeparam name="TSelf">The identifier type.</typeparam>
public interface IIdentifier<TSelf> where TSelf : struct, IIdentifier<TSelf>
{
    /// <summary>The normalised form.</summary>
    string Value { get; }

    /// <summary>The regular expression a normalised value matches, as shown in validation messages.</summary>
    static abstract string Pattern { get; }

    /// <summary>Parses <paramref name="input"/>; never throws.</summary>
    static abstract bool TryParse([NotNullWhen(true)] string? input, out TSelf value);

    /// <summary>Parses <paramref name="input"/> and explains any problem; never throws.</summary>
    static abstract ParseResult<TSelf> Parse(string? input);
}
