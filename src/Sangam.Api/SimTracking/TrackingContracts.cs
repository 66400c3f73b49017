using System.ComponentModel;
using Sangam.Api.Connectors.Operators;
using Sangam.Api.Http.Errors;
using Sangam.Api.SimTracking.Consent;
using Sangam.India;

namespace Sangam.Api.SimTracking;

// The SIM tracking wire format (platform-api.md §4). Times are IST with their offset, to the second.

/// <summary>Body of Add Driver.</summary>
public sealed record AddDriverRequest(
    [property: Description("10-digit Indian mobile number; +91, 91 or 0 prefixes are accepted.")] string? Mobile,
    [property: Description("The driver's name (up to 100 characters).")] string? DriverName,
    [property: Description("Registration number of the truck, e.g. MH12NW4402.")] string? VehicleNumber,
    [property: Description("SMS (default) or IVR.")] string? ConsentChannel,
    [property: Description("Language of the consent SMS or call: EN (default), HI, AS, BN, OR, KN, ML, TA or TE.")] string? Language);

public sealed record DriverRecord(
    string Mobile,
    string DriverName,
    string? VehicleNumber,
    [property: Description("The operator serving the number once it accepted the consent request, e.g. airtel.")] string? Operator,
    ConsentStatus ConsentStatus,
    string ConsentChannel,
    string Language,
    DateTimeOffset ConsentRequestedAt,
    DateTimeOffset ConsentUpdatedAt,
    DateTimeOffset? ConsentValidTill,
    [property: Description("The latest step of the consent conversation, or why it failed.")] string? ConsentDetail,
    DateTimeOffset CreatedAt);

public sealed record DriverPage(int Count, int Page, int PageSize, IReadOnlyList<DriverRecord> Drivers);

public sealed record ConsentRecord(
    string Mobile,
    string? Operator,
    ConsentStatus ConsentStatus,
    string ConsentChannel,
    DateTimeOffset ConsentRequestedAt,
    DateTimeOffset ConsentUpdatedAt,
    DateTimeOffset? ConsentValidTill,
    string? ConsentDetail,
    IReadOnlyList<ConsentEventRecord> Events);

/// <summary>One change of a driver's consent.</summary>
public sealed record ConsentEventRecord(
    [property: Description("The status after the change.")] ConsentStatus ConsentStatus, ConsentEventSource Source, string Detail, DateTimeOffset At);

public sealed record LocationRecord(
    string Mobile,
    double Latitude,
    double Longitude,
    [property: Description("Radius of the cell-level fix in metres.")] int AccuracyM,
    DateTimeOffset LocatedAt,
    [property: Description("Operators' network location carries no address; null.")] string? Address,
    [property: Description("Always operator: the position comes from the mobile network.")] string Source);

public sealed record BulkLocationRequest([property: Description("Up to 500 mobile numbers.")] IReadOnlyList<string?>? Mobiles);

/// <summary>What became of one number of a bulk request.</summary>
public enum BulkLocationStatus
{
    Located,
    NoConsent,
    NotFound,
    InvalidMobile,
    OperatorFailed,
}

public sealed record BulkLocationItem(
    [property: Description("The number as normalised, or as sent when it is not a valid mobile number.")] string? Mobile,
    BulkLocationStatus Status,
    [property: Description("Why the number was not located.")] string? Message,
    LocationRecord? Location);

public sealed record TrailRecord(string Mobile, DateTimeOffset From, DateTimeOffset To, int Count, IReadOnlyList<TrailPoint> Positions);

public sealed record TrailPoint(double Latitude, double Longitude, int AccuracyM, DateTimeOffset LocatedAt);

public sealed record DeletedDriver(
    string Mobile,
    bool Deleted,
    [property: Description("Whether the operator has stopped tracking the number; if not yet, the platform keeps trying.")] bool OperatorReleased,
    [property: Description("Stored positions erased.")] int PositionsErased);

/// <summary>Limits and vocabularies of the tracking API.</summary>
public static class TrackingLimits
{
    /// <summary>The 400 for a <c>mobile</c> that is not an Indian mobile number.</summary>
    public static ApiError InvalidMobile => ApiError.InvalidField("mobile", MobileNumber.Pattern, "e.g. " + MobileNumber.Example);

    public const string MobileDescription = "The driver's 10-digit mobile number (+91, 91 or 0 prefixes are accepted).";
    public const int NameLength = 100;
    public const int MaxBulkMobiles = 500;
    public const string NamePattern = "^.{1,100}$";
    public const string ChannelPattern = "^(SMS|IVR)$";
    public const string LanguagePattern = "^(EN|HI|AS|BN|OR|KN|ML|TA|TE)$";

    /// <summary>Languages operators' consent SMS and calls come in (Airtel's list).</summary>
    public static readonly IReadOnlySet<string> Languages = new HashSet<string>(StringComparer.Ordinal) { "EN", "HI", "AS", "BN", "OR", "KN", "ML", "TA", "TE" };

    public static string WireName(this ConsentChannel channel) => channel == ConsentChannel.Ivr ? "IVR" : "SMS";

    public static bool TryParseChannel(string? value, out ConsentChannel channel)
    {
        channel = ConsentChannel.Sms;
        switch (value?.Trim().ToUpperInvariant())
        {
            case null or "" or "SMS":
                return true;
            case "IVR":
                channel = ConsentChannel.Ivr;
                return true;
            default:
                return false;
        }
    }

    /// <summary>IST, whole seconds: how every tracking time goes on the wire.</summary>
    public static DateTimeOffset ToWire(this DateTimeOffset instant)
    {
        var ist = instant.ToIst();
        return ist.AddTicks(-(ist.Ticks % TimeSpan.TicksPerSecond));
    }

    public static DateTimeOffset? ToWire(this DateTimeOffset? instant) => instant?.ToWire();
}
