namespace Sangam.Api.Http.Input;

/// <summary>
/// The sizes the platform accepts, checked at the edge the same way whatever the database. Fields have their own,
/// smaller limits (a username 150 characters, a driver's name 100, ...), checked where they are validated.
/// </summary>
public static class InputLimits
{
    /// <summary>Any one text value: a path, a query parameter, a JSON string or key, a form field.</summary>
    public const int MaxTextLength = 4096;

    /// <summary>The request target (path and query string) in bytes; longer ones are answered 414.</summary>
    public const int MaxRequestTargetBytes = 8 * 1024;

    /// <summary>All request headers together in bytes; more are answered 431.</summary>
    public const int MaxRequestHeaderBytes = 32 * 1024;

    /// <summary>
    /// Kestrel's own limits are twice the platform's, so a request over the platform's limits still reaches it and is
    /// answered in the envelope; only requests beyond these get Kestrel's bodiless answer.
    /// </summary>
    public const int ServerRequestLineBytes = 2 * MaxRequestTargetBytes;

    /// <inheritdoc cref="ServerRequestLineBytes"/>
    public const int ServerRequestHeaderBytes = 2 * MaxRequestHeaderBytes;
}
