using System.Diagnostics.CodeAnalysis;

namespace Sangam.Api.Http.Errors;

/// <summary>
/// The result of one upstream call: its answer, or how it failed. Connectors return failures as values, so features
/// decide per call whether a failure ends the request (the error envelope) or degrades it (a readiness check left
/// unknown, a consent check retried later); nothing is thrown for an upstream that misbehaves.
/// </summary>
public sealed class UpstreamResult<T>
{
    private readonly T _value;

    private UpstreamResult(T value, UpstreamFailure? failure)
    {
        _value = value;
        Failure = failure;
    }

    /// <summary>The answer; reading it after a failure is a bug and throws.</summary>
    public T Value => Failure is null ? _value : throw new InvalidOperationException($"The call failed: {Failure.Upstream}: {Failure.Detail}");

    public UpstreamFailure? Failure { get; }

    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static implicit operator UpstreamResult<T>(T value) => Answer(value);

    public static implicit operator UpstreamResult<T>(UpstreamFailure failure) => new(default!, failure ?? throw new ArgumentNullException(nameof(failure)));

    /// <summary>An answer; needed where the value's static type is an interface, which C# converts to nothing implicitly.</summary>
    public static UpstreamResult<T> Answer(T value) => new(value, null);

    /// <summary>Applies <paramref name="map"/> to an answer; a failure stays the same failure.</summary>
    public UpstreamResult<TOut> Map<TOut>(Func<T, TOut> map) => Succeeded ? map(_value) : Failure;
}
