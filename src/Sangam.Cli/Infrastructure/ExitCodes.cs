using System.Net;
using Sangam.Client;

namespace Sangam.Cli.Infrastructure;

/// <summary>
/// The exit codes of every command, so scripts can branch on them (listed in <c>sangam --help</c>). Below 64 the
/// command ran and says how it went; from 64 on it could not run as asked, in the spirit of BSD's sysexits.
/// </summary>
public static class ExitCodes
{
    /// <summary>Done: found, listed, ready.</summary>
    public const int Ok = 0;

    /// <summary>Nothing found: an unknown vehicle, licence, company or IRN, an empty list, no QR code on the page.</summary>
    public const int NotFound = 1;

    /// <summary>Partly done: some items of a batch failed, or some checks could not be made.</summary>
    public const int Partial = 2;

    /// <summary>Blocked: the vehicle or driver is not ready, or the request conflicts with the current state.</summary>
    public const int Blocked = 3;

    /// <summary>Bad options or arguments, or input the server refused as invalid.</summary>
    public const int Usage = 64;

    /// <summary>Not logged in, or the login or token was refused.</summary>
    public const int Authentication = 65;

    /// <summary>Not allowed: the account may not call this API (entitlement, Subid or role), or a driver has not consented.</summary>
    public const int Forbidden = 66;

    /// <summary>The server or the government/operator system behind it is unreachable or failed.</summary>
    public const int Unavailable = 69;

    /// <summary>Anything else the server answered with an error.</summary>
    public const int ServerError = 70;

    /// <summary>Rate limited: try again later.</summary>
    public const int TryLater = 75;

    /// <summary>The scheme as <c>sangam --help</c> prints it.</summary>
    public static readonly (int Code, string Meaning)[] Documented =
    [
        (Ok, "done: found, listed, ready"),
        (NotFound, "not found: unknown vehicle, licence, company or IRN, an empty list, no QR code"),
        (Partial, "partly done: some items failed, or some checks could not be made"),
        (Blocked, "blocked: not ready to dispatch, or conflicts with the current state"),
        (Usage, "usage: bad options or arguments, or input the server refused"),
        (Authentication, "not logged in, or the login or token was refused"),
        (Forbidden, "not allowed: the account may not call this API, or the driver has not consented"),
        (Unavailable, "the server or the upstream system is unreachable or failed"),
        (ServerError, "another error answered by the server"),
        (TryLater, "rate limited: try again later"),
    ];

    /// <summary>The exit code for an error answer of the server.</summary>
    public static int For(SangamException error) => error switch
    {
        SangamNotFoundException => NotFound,
        SangamValidationException => Usage,
        SangamAuthenticationException => Authentication,
        SangamForbiddenException => Forbidden,
        SangamConflictException => Blocked,
        SangamRateLimitException => TryLater,
        SangamUpstreamException => Unavailable,
        _ => ForStatus(error.StatusCode),
    };

    /// <summary>The exit code for an HTTP status (a failed OCR job reports one).</summary>
    public static int ForStatus(HttpStatusCode status) => (int)status switch
    {
        404 => NotFound,
        400 or 413 or 415 or 422 => Usage,
        401 => Authentication,
        403 => Forbidden,
        409 => Blocked,
        429 => TryLater,
        502 or 503 or 504 => Unavailable,
        _ => ServerError,
    };
}
