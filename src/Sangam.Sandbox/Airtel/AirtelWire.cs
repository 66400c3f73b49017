using System.Text.Json.Serialization;

namespace Sangam.Sandbox.Airtel;

// The Airtel Locate wire format (OpenAPI 1.4.8). Names are spelt out: the host's JSON default is snake_case,
// Airtel mixes snake_case (the token) with camelCase (everything else).

public sealed record AirtelTokenRequest(
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("client_secret")] string? ClientSecret,
    [property: JsonPropertyName("scope")] string? Scope);

public sealed record AirtelToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("expires_in")] long ExpiresIn,
    [property: JsonPropertyName("token_type")] string TokenType);

public sealed record AirtelConsentRequest(
    [property: JsonPropertyName("msisdn")] string? Msisdn,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("language")] string? Language);

/// <summary>The consent of a number with its conversation; the <c>lastRecorded*</c> fields repeat the latest answer.</summary>
public sealed record AirtelConsent(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("consent")] string Consent,
    [property: JsonPropertyName("events")] IReadOnlyList<AirtelConsentEvent> Events,
    [property: JsonPropertyName("lastRecordedConsent")] string LastRecordedConsent,
    [property: JsonPropertyName("lastRecordedConsentChannel")] string LastRecordedConsentChannel,
    [property: JsonPropertyName("lastRecordedConsentUpdatedAt")] string LastRecordedConsentUpdatedAt,
    [property: JsonPropertyName("updatedAt")] string UpdatedAt);

public sealed record AirtelConsentEvent(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("consentId")] string ConsentId,
    [property: JsonPropertyName("initiatedBy")] string InitiatedBy,
    [property: JsonPropertyName("meta")] AirtelConsentEventMeta Meta,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("type")] string Type);

/// <summary>What Airtel records with an event: the language of what it sent, whether it was delivered, a keypress.</summary>
public sealed record AirtelConsentEventMeta(
    [property: JsonPropertyName("consentId")] string ConsentId,
    [property: JsonPropertyName("language"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language,
    [property: JsonPropertyName("delivered"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Delivered,
    [property: JsonPropertyName("keyPressed"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? KeyPressed);

public sealed record AirtelResource(
    [property: JsonPropertyName("msisdn")] string Msisdn,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("consent")] string Consent,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("tracking")] bool Tracking,
    [property: JsonPropertyName("lastFetchedLocationTimestamp")] string? LastFetchedLocationTimestamp);

public sealed record AirtelResourcePatch(
    [property: JsonPropertyName("alias")] string? Alias,
    [property: JsonPropertyName("isTrackingEnabled")] bool? IsTrackingEnabled);

public sealed record AirtelLocation(
    [property: JsonPropertyName("location")] AirtelLatLong Location,
    [property: JsonPropertyName("retrievedAt")] string RetrievedAt,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string Message);

/// <summary>A cell fix; Airtel sends the radius (metres) as a string.</summary>
public sealed record AirtelLatLong(
    [property: JsonPropertyName("latitude")] double Latitude,
    [property: JsonPropertyName("longitude")] double Longitude,
    [property: JsonPropertyName("radius")] string Radius);

public sealed record AirtelError(
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("message")] string Message);

/// <summary>Body of the sandbox control call that plays a driver's SMS reply (<c>Y</c>, <c>N</c> or <c>STOP</c>).</summary>
public sealed record SubscriberReply([property: JsonPropertyName("text")] string? Text);
