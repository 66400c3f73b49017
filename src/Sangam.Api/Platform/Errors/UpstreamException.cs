namespace Sangam.Api.Platform.Errors;

/// <summary>
/// Thrown by a connector when its upstream failed or timed out after the connector's own retries.
/// Features may catch it to degrade (e.g. mark a check "unknown"); otherwise the exception handler answers 502/504.
/// </summary>
public sealed class UpstreamException : Exception
{
    public UpstreamException(string upstream, bool timedOut, string detail, Exception? inner = null)
        : base($"{upstream}: {detail}", inner)
    {
        Upstream = upstream;
        TimedOut = timedOut;
        Detail = detail;
    }

    public UpstreamException()
        : this("upstream", timedOut: false, "failed")
    {
    }

    public UpstreamException(string message)
        : this("upstream", timedOut: false, message)
    {
    }

    public UpstreamException(string message, Exception innerException)
        : this("upstream", timedOut: false, message, innerException)
    {
    }

    public string Upstream { get; }

    public bool TimedOut { get; }

    public string Detail { get; }

    public UpstreamFailure Failure => TimedOut ? UpstreamFailure.TimedOut(Upstream) : UpstreamFailure.Failed(Upstream, Detail);

    public ApiError ToApiError() => ApiError.ForUpstream(Failure);
}
