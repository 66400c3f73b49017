using Sangam.Api.Http.Errors;
using Sangam.India;

namespace Sangam.Api.Connectors.Operators;

/// <summary>
/// A mobile operator's consent-based location service (Airtel Locate, and in the same shape Jio and Vi). The
/// operator asks the subscriber for consent by SMS or IVR, reports the answer, and locates the phone from its network
/// while consent is allowed. Every answer is a return value: a failed or timed-out operator is an
/// <see cref="UpstreamFailure"/> after the connector's own retries.
/// </summary>
public interface IOperatorConnector
{
    /// <summary>Short name stored with a driver, e.g. <c>airtel</c>.</summary>
    string Name { get; }

    /// <summary>The service's name in messages, e.g. <c>Airtel Locate</c>.</summary>
    string DisplayName { get; }

    /// <summary>How long an allowed consent lasts: about a year at Airtel and Vi, one trip at Jio.</summary>
    TimeSpan ConsentValidity { get; }

    /// <summary>Asks the subscriber for consent (again); tells when the number is not this operator's.</summary>
    Task<UpstreamResult<ConsentRequestResult>> RequestConsentAsync(OperatorConsentRequest request, CancellationToken cancellationToken);

    /// <summary>The consent state of a number; null when the operator does not know the number.</summary>
    Task<UpstreamResult<OperatorConsent?>> GetConsentAsync(MobileNumber mobile, CancellationToken cancellationToken);

    /// <summary>Locates the phone now.</summary>
    Task<UpstreamResult<OperatorLocationResult>> LocateAsync(MobileNumber mobile, CancellationToken cancellationToken);

    /// <summary>
    /// Stops tracking the number and removes it (and its consent) at the operator; done when it is already gone.
    /// Null when done, else how the operator failed.
    /// </summary>
    Task<UpstreamFailure?> ReleaseAsync(MobileNumber mobile, CancellationToken cancellationToken);
}
