using System.Diagnostics.CodeAnalysis;

namespace Sangam.India;

/// <summary>
/// The outcome of parsing an identifier: either a value (possibly with warnings) or a
/// human-readable <see cref="Problem"/> that says exactly what is wrong with the input.
/// </summary>
/// <typeparam name="T">The parsed value's type.</typeparam>
/// <remarks>
/// Bad input is an expected outcome, so it is a return value and never an exception.
/// Warnings flag input that was accepted but deserves a second look (a sandbox GSTIN whose
/// check character fails, a pre-SARATHI driving licence number, an unknown state code).
/// </remarks>
public readonly struct ParseResult<T>
{
    private readonly T _value;
    private readonly IReadOnlyList<string>? _warnings;
    private readonly string? _problem;

    internal ParseResult(T value, IReadOnlyList<string>? warnings)
    {
        _value = value;
        _warnings = warnings;
        IsValid = true;
    }

    internal ParseResult(string problem)
    {
        _value = default!;
        _problem = problem;
    }

    /// <summary>True when the input was accepted; <see cref="Value"/> is then available.</summary>
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsValid { get; }

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">The input was not valid; read <see cref="Problem"/>.</exception>
    public T Value => IsValid ? _value : throw new InvalidOperationException($"The input is not valid: {Problem}");

    /// <summary>What is wrong with the input, in words a caller can show; null when valid.</summary>
    public string? Problem => IsValid ? null : _problem ?? "nothing was parsed";

    /// <summary>Reasons to double-check an accepted value; empty when there are none or the input was rejected.</summary>
    public IReadOnlyList<string> Warnings => _warnings ?? [];

    /// <summary>True when the value was accepted with at least one warning.</summary>
    public bool HasWarnings => _warnings is { Count: > 0 };

    /// <summary>Gets the value when the input was accepted.</summary>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _value;
        return IsValid;
    }

    /// <inheritdoc />
    public override string ToString() => IsValid
        ? HasWarnings ? $"{_value} (warnings: {string.Join("; ", Warnings)})" : $"{_value}"
        : $"invalid: {Problem}";
}

/// <summary>Creates <see cref="ParseResult{T}"/> values.</summary>
public static class ParseResult
{
    /// <summary>An accepted value, optionally with warnings.</summary>
    public static ParseResult<T> Success<T>(T value, IReadOnlyList<string>? warnings = null) =>
        new(value, warnings is { Count: > 0 } ? warnings : null);

    /// <summary>A rejected input and the reason.</summary>
    public static ParseResult<T> Failure<T>(string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        return new(problem);
    }
}
