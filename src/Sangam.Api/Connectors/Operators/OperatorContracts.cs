using Sangam.India;

namespace Sangam.Api.Connectors.Operators;

/// <summary>How the operator asks for consent.</summary>
public enum ConsentChannel
{
    Sms,
    Ivr,
}

/// <summary>A consent request; <c>Language</c> is the two-letter language of the SMS or call (EN, HI, ...).</summary>
public sealed record OperatorConsentRequest(MobileNumber Mobile, ConsentChannel Channel, string Language);

public enum ConsentRequestOutcome
{
    /// <summary>The operator is asking the subscriber.</summary>
    Sent,

    /// <summary>The number is not this operator's subscriber (ported away, another network).</summary>
    NotSubscriber,

    /// <summary>The operator refused the request (consent state, channel or language it does not allow).</summary>
    Refused,
}

public sealed record ConsentRequestResult(ConsentRequestOutcome Outcome, string? Message = null);

public enum OperatorConsentState
{
    Pending,
    Allowed,
    Rejected,
    Failed,
}

/// <summary>
/// A number's consent at the operator: its state, when the operator last changed it (UTC), and the latest step of
/// the consent conversation in words (e.g. "consent SMS delivered").
/// </summary>
public sealed record OperatorConsent(OperatorConsentState State, DateTimeOffset UpdatedAt, string? LastEvent);

public enum LocationOutcome
{
    Located,

    /// <summary>The operator holds no allowed consent, or tracking is off for the number.</summary>
    NoConsent,

    /// <summary>The operator does not know the number (removed there).</summary>
    NotRegistered,
}

/// <summary>A network fix: where, how far off (metres), and when the network fixed it (UTC).</summary>
public sealed record OperatorFix(double Latitude, double Longitude, int AccuracyMetres, DateTimeOffset LocatedAt);

public sealed record OperatorLocationResult(LocationOutcome Outcome, OperatorFix? Fix = null, string? Message = null);
