using System.Text.Json.Serialization;

namespace Sangam.Client.SimTracking;

/// <summary>A driver's consent to be located through the mobile operator.</summary>
public enum ConsentStatus
{
    /// <summary>Asked, not answered yet.</summary>
    [JsonStringEnumMemberName("PENDING")]
    Pending,

    /// <summary>The driver agreed; the driver can be located until <c>ConsentValidTill</c>.</summary>
    [JsonStringEnumMemberName("ALLOWED")]
    Allowed,

    /// <summary>The driver refused or revoked consent.</summary>
    [JsonStringEnumMemberName("REJECTED")]
    Rejected,

    /// <summary>The operator's validity of the consent ended.</summary>
    [JsonStringEnumMemberName("EXPIRED")]
    Expired,

    /// <summary>Undeliverable request, no operator for the number, or no answer in time.</summary>
    [JsonStringEnumMemberName("FAILED")]
    Failed,
}

/// <summary>How the operator asks the driver for consent.</summary>
public enum ConsentChannel
{
    /// <summary>An SMS the driver answers with Y.</summary>
    [JsonStringEnumMemberName("SMS")]
    Sms,

    /// <summary>A call the driver answers with a keypress.</summary>
    [JsonStringEnumMemberName("IVR")]
    Ivr,
}

/// <summary>Who caused a consent change.</summary>
public enum ConsentEventSource
{
    /// <summary>The platform (a request sent, an expiry, a timeout).</summary>
    Platform,

    /// <summary>The operator, reporting the driver's answer.</summary>
    Operator,

    /// <summary>The customer (a new request).</summary>
    Customer,
}

/// <summary>What became of one number of a bulk location.</summary>
public enum BulkLocationStatus
{
    /// <summary>Located; see <see cref="BulkLocationItem.Location"/>.</summary>
    Located,

    /// <summary>The driver's consent does not allow location.</summary>
    NoConsent,

    /// <summary>No driver with this number in the account.</summary>
    NotFound,

    /// <summary>Not a mobile number.</summary>
    InvalidMobile,

    /// <summary>The operator failed or did not answer in time; try again.</summary>
    OperatorFailed,
}

/// <summary>A driver to add.</summary>
/// <param name="Mobile">10-digit Indian mobile number (+91, 91 or 0 prefixes are accepted).</param>
/// <param name="DriverName">The driver's name.</param>
public sealed record NewDriver(string Mobile, string DriverName)
{
    /// <summary>The truck's registration number, e.g. <c>MH12NW4402</c>.</summary>
    public string? VehicleNumber { get; init; }

    /// <summary>SMS (default) or IVR.</summary>
    public ConsentChannel? ConsentChannel { get; init; }

    /// <summary>Language of the consent SMS or call: EN (default), HI, AS, BN, OR, KN, ML, TA or TE.</summary>
    public string? Language { get; init; }
}

/// <summary>A tracked driver and its consent.</summary>
/// <param name="Mobile">The normalised 10-digit number.</param>
/// <param name="DriverName">The driver's name.</param>
/// <param name="VehicleNumber">The truck's registration number, if given.</param>
/// <param name="Operator">The operator serving the number, once known (e.g. <c>airtel</c>).</param>
/// <param name="ConsentStatus">The consent now.</param>
/// <param name="ConsentChannel">How consent is asked.</param>
/// <param name="Language">Language of the consent SMS or call.</param>
/// <param name="ConsentRequestedAt">When consent was last asked for.</param>
/// <param name="ConsentUpdatedAt">When the consent last changed.</param>
/// <param name="ConsentValidTill">Until when an allowed consent lasts.</param>
/// <param name="ConsentDetail">The latest step of the consent conversation, or why it failed.</param>
/// <param name="CreatedAt">When the driver was added.</param>
public sealed record Driver(
    string Mobile, string DriverName, string? VehicleNumber, string? Operator, ConsentStatus ConsentStatus, ConsentChannel ConsentChannel,
    string Language, DateTimeOffset ConsentRequestedAt, DateTimeOffset ConsentUpdatedAt, DateTimeOffset? ConsentValidTill, string? ConsentDetail,
    DateTimeOffset CreatedAt);

/// <summary>A page of the account's drivers.</summary>
/// <param name="Count">Drivers matching, on all pages.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Drivers per page.</param>
/// <param name="Drivers">The drivers of this page.</param>
public sealed record DriverPage(int Count, int Page, int PageSize, IReadOnlyList<Driver> Drivers);

/// <summary>A driver's consent with its history.</summary>
/// <param name="Mobile">The driver's number.</param>
/// <param name="Operator">The operator serving the number, once known.</param>
/// <param name="ConsentStatus">The consent now.</param>
/// <param name="ConsentChannel">How consent is asked.</param>
/// <param name="ConsentRequestedAt">When consent was last asked for.</param>
/// <param name="ConsentUpdatedAt">When the consent last changed.</param>
/// <param name="ConsentValidTill">Until when an allowed consent lasts.</param>
/// <param name="ConsentDetail">The latest step of the consent conversation, or why it failed.</param>
/// <param name="Events">Every change, oldest first.</param>
public sealed record DriverConsent(
    string Mobile, string? Operator, ConsentStatus ConsentStatus, ConsentChannel ConsentChannel, DateTimeOffset ConsentRequestedAt,
    DateTimeOffset ConsentUpdatedAt, DateTimeOffset? ConsentValidTill, string? ConsentDetail, IReadOnlyList<ConsentEvent> Events);

/// <summary>One change of a driver's consent.</summary>
/// <param name="ConsentStatus">The status after the change.</param>
/// <param name="Source">Who caused it.</param>
/// <param name="Detail">What happened.</param>
/// <param name="At">When (IST).</param>
public sealed record ConsentEvent(ConsentStatus ConsentStatus, ConsentEventSource Source, string Detail, DateTimeOffset At);

/// <summary>Where the operator's network places the driver's phone.</summary>
/// <param name="Mobile">The driver's number.</param>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
/// <param name="AccuracyM">Radius of the cell-level fix, in metres.</param>
/// <param name="LocatedAt">When the network fixed the position (IST).</param>
/// <param name="Address">Not provided by network location; null.</param>
/// <param name="Source">Always <c>operator</c>.</param>
public sealed record DriverLocation(string Mobile, double Latitude, double Longitude, int AccuracyM, DateTimeOffset LocatedAt, string? Address, string Source);

/// <summary>The result for one number of a bulk location.</summary>
/// <param name="Mobile">The normalised number, or the text sent when it is not a number.</param>
/// <param name="Status">What became of it.</param>
/// <param name="Message">Why it was not located.</param>
/// <param name="Location">The position, when located.</param>
public sealed record BulkLocationItem(string? Mobile, BulkLocationStatus Status, string? Message, DriverLocation? Location);

/// <summary>How far a bulk location has come.</summary>
/// <param name="Done">Numbers answered so far.</param>
/// <param name="Total">Numbers in all.</param>
public readonly record struct BulkLocationProgress(int Done, int Total);

/// <summary>The stored positions of a driver in a time range.</summary>
/// <param name="Mobile">The driver's number.</param>
/// <param name="From">Start of the range (IST).</param>
/// <param name="To">End of the range (IST).</param>
/// <param name="Count">Positions in the range.</param>
/// <param name="Positions">Oldest first.</param>
public sealed record DriverTrail(string Mobile, DateTimeOffset From, DateTimeOffset To, int Count, IReadOnlyList<TrailPoint> Positions);

/// <summary>One stored position.</summary>
/// <param name="Latitude">Decimal degrees.</param>
/// <param name="Longitude">Decimal degrees.</param>
/// <param name="AccuracyM">Radius of the cell-level fix, in metres.</param>
/// <param name="LocatedAt">When the network fixed it (IST).</param>
public sealed record TrailPoint(double Latitude, double Longitude, int AccuracyM, DateTimeOffset LocatedAt);

/// <summary>What deleting a driver did.</summary>
/// <param name="Mobile">The driver's number.</param>
/// <param name="Deleted">Always true.</param>
/// <param name="OperatorReleased">Whether the operator has stopped tracking the number; if not yet, the server keeps trying.</param>
/// <param name="PositionsErased">Stored positions erased.</param>
public sealed record DeletedDriver(string Mobile, bool Deleted, bool OperatorReleased, int PositionsErased);
