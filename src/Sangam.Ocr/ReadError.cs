namespace Sangam.Ocr;

/// <summary>Why a document could not be read. These are expected outcomes of bad uploads, not bugs.</summary>
public enum ReadErrorCode
{
    /// <summary>The bytes are not a PNG, JPEG, WebP, TIFF or PDF.</summary>
    UnsupportedType,

    /// <summary>The file claims a supported type but is damaged or truncated.</summary>
    Corrupt,

    /// <summary>The PDF is encrypted with a password.</summary>
    Encrypted,

    /// <summary>The document has no pages.</summary>
    NoPages,

    /// <summary>A page image is larger than the configured pixel cap (checked before decoding).</summary>
    TooManyPixels,

    /// <summary>A PDF page could not be rendered (renderer missing, failed or timed out).</summary>
    RenderFailed,
}

/// <summary>An expected failure with a message fit to show to the uploader.</summary>
public sealed record ReadError(ReadErrorCode Code, string Message);

/// <summary>Either a value or the <see cref="ReadError"/> that prevented it.</summary>
public sealed class ReadResult<T>
    where T : notnull
{
    internal ReadResult(T? value, ReadError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The value when <see cref="Succeeded"/>.</summary>
    public T? Value { get; }

    /// <summary>The failure when not <see cref="Succeeded"/>.</summary>
    public ReadError? Error { get; }

    public bool Succeeded => Error is null;

    /// <summary>The value, or an exception for callers that already know it succeeded.</summary>
    public T GetValueOrThrow() => Error is null ? Value! : throw new InvalidOperationException($"{Error.Code}: {Error.Message}");
}

/// <summary>Factories for <see cref="ReadResult{T}"/>.</summary>
public static class ReadResult
{
    public static ReadResult<T> Success<T>(T value)
        where T : notnull => new(value, null);

    public static ReadResult<T> Failure<T>(ReadError error)
        where T : notnull => new(default, error);

    public static ReadResult<T> Failure<T>(ReadErrorCode code, string message)
        where T : notnull => new(default, new ReadError(code, message));
}
