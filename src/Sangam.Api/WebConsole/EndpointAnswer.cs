using Sangam.Api.Http.Envelopes;
using Sangam.Api.Http.Errors;

namespace Sangam.Api.WebConsole;

/// <summary>
/// What an API endpoint handler answered, read back by a console page that called it in-process: the value of a
/// success, or the envelope's message of an error. Pages call the handlers themselves so that the console validates,
/// scopes and decides exactly as the API does.
/// </summary>
public readonly record struct EndpointAnswer<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;
}

public static class EndpointAnswer
{
    public static EndpointAnswer<T> Read<T>(IResult result) => result switch
    {
        INestedHttpResult nested => Read<T>(nested.Result),
        ApiError error => new(default, error.Message),
        IValueHttpResult<T> { Value: { } value } => new(value, null),
        IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } => new(default, null),
        _ => new(default, "The server could not answer this request."),
    };

    /// <summary>The payload of a lookup envelope's single item.</summary>
    public static T? Payload<T>(this EndpointAnswer<LookupEnvelope<T>> answer) =>
        answer.Value is { Response: [var item, ..] } ? item.Response : default;
}
