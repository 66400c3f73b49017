using System.Globalization;
using Sangam.Api.Connectors.Operators;

namespace Sangam.Api.SimTracking.Consent;

/// <summary>What operators' answers mean for a driver, and when a consent counts. No I/O: the one place these rules live.</summary>
public static class ConsentRules
{
    /// <summary>
    /// The driver's status from the operator's answer. The operator keeps one consent per number for this platform,
    /// so an answer older than this driver's own request (to another account, or to an earlier request) is not this
    /// driver's answer: the driver stays PENDING until answering the request made for it.
    /// </summary>
    public static ConsentStatus FromOperator(OperatorConsent answer, DateTimeOffset requestedAt) =>
        answer.UpdatedAt < requestedAt
            ? ConsentStatus.Pending
            : answer.State switch
            {
                OperatorConsentState.Allowed => ConsentStatus.Allowed,
                OperatorConsentState.Rejected => ConsentStatus.Rejected,
                OperatorConsentState.Failed => ConsentStatus.Failed,
                _ => ConsentStatus.Pending,
            };

    /// <summary>The status as of <paramref name="now"/>: an allowed consent past its validity is EXPIRED even before the process records it.</summary>
    public static ConsentStatus Effective(ConsentStatus stored, DateTimeOffset? validTill, DateTimeOffset now) =>
        stored == ConsentStatus.Allowed && validTill is { } till && till <= now ? ConsentStatus.Expired : stored;

    /// <summary>Why a driver whose consent is <paramref name="status"/> cannot be located, for the 403 answer.</summary>
    public static string WhyNoLocation(ConsentStatus status, DateTimeOffset requestedAt, DateTimeOffset? validTill, string? detail) => status switch
    {
        ConsentStatus.Pending => $"The driver has not consented yet: consent is PENDING since {Ist(requestedAt)}"
            + (detail is null ? "" : $" ({detail})") + ". The driver must reply Y to the operator's SMS (or press 1 on the call).",
        ConsentStatus.Rejected => "The driver refused or revoked consent (REJECTED). Ask again with POST /api/v2/sim-tracking/drivers/{mobile}/consent.",
        ConsentStatus.Expired => $"The driver's consent EXPIRED on {Ist(validTill ?? requestedAt)}. Ask again with POST /api/v2/sim-tracking/drivers/{{mobile}}/consent.",
        ConsentStatus.Failed => "Consent FAILED" + (detail is null ? "" : $": {detail}") + ". Ask again with POST /api/v2/sim-tracking/drivers/{mobile}/consent.",
        _ => "The driver's consent does not allow location.",
    };

    private static string Ist(DateTimeOffset instant) =>
        instant.ToWire().ToString("yyyy-MM-dd HH:mm:ss 'IST'", CultureInfo.InvariantCulture);
}
