using System.Text.Json.Serialization;

namespace Sangam.Api.SimTracking.Consent;

/// <summary>A driver's consent to be located (platform-api.md §4), upper case on the wire.</summary>
public enum ConsentStatus
{
    /// <summary>Asked, not answered yet (or the request has yet to reach an operator).</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>The driver agreed; location is possible until <c>consent_valid_till</c>.</summary>
    [JsonStringEnumMemberName("ALLOWED")]
    Allowed,

    /// <summary>The driver refused, or revoked an earlier consent.</summary>
    [JsonStringEnumMemberName("REJECTED")]
    Rejected,

    /// <summary>The operator's validity of an allowed consent ended.</summary>
    [JsonStringEnumMemberName("EXPIRED")]
    Expired,

    /// <summary>The request could not be delivered, no operator serves the number, or nobody answered in time.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,
}

/// <summary>Who caused a consent change.</summary>
public enum ConsentEventSource
{
    /// <summary>This platform (a request sent, an expiry, a timeout).</summary>
    Platform,

    /// <summary>The operator reported the driver's answer.</summary>
    Operator,

    /// <summary>The customer (a new request, a deletion).</summary>
    Customer,
}
