using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sangam.India;

namespace Sangam.Api.Connectors.Operators.Airtel;

// Airtel Locate records (OpenAPI 1.4.8): snake_case for the token, camelCase elsewhere.

internal sealed record AirtelTokenRequestBody(
    [property: JsonPropertyName("client_id")] string ClientId,
    [property: JsonPropertyName("client_secret")] string ClientSecret,
    [property: JsonPropertyName("scope")] string Scope);

internal sealed record AirtelTokenBody(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("expires_in")] long ExpiresIn);

internal sealed record AirtelConsentRequestBody(
    [property: JsonPropertyName("msisdn")] string Msisdn,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("language")] string Language);

internal sealed record AirtelConsentBody(
    [property: JsonPropertyName("consent")] string? Consent,
    [property: JsonPropertyName("updatedAt")] string? UpdatedAt,
    [property: JsonPropertyName("events")] IReadOnlyList<AirtelConsentEventBody>? Events);

internal sealed record AirtelConsentEventBody(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("status")] string? Status,
    [property: JsonPropertyName("timestamp")] string? Timestamp,
    [property: JsonPropertyName("meta")] AirtelConsentEventMetaBody? Meta);

internal sealed record AirtelConsentEventMetaBody([property: JsonPropertyName("keyPressed")] bool? KeyPressed);

internal sealed record AirtelLocationBody(
    [property: JsonPropertyName("location")] AirtelLatLongBody? Location,
    [property: JsonPropertyName("retrievedAt")] string? RetrievedAt);

/// <summary>Airtel documents the radius as a string of metres; numbers are accepted too.</summary>
internal sealed record AirtelLatLongBody(
    [property: JsonPropertyName("latitude")] double Latitude,
    [property: JsonPropertyName("longitude")] double Longitude,
    [property: JsonPropertyName("radius"), JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] double? Radius);

internal sealed record AirtelErrorBody([property: JsonPropertyName("message")] string? Message);

internal static class AirtelJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}

internal static class AirtelTime
{
    /// <summary>
    /// <c>retrievedAt</c> comes as <c>yyyy-MM-dd HH:mm:ss</c> without an offset (Indian time); other times as ISO 8601,
    /// with or without one. Returns UTC, or null when the text is not a time.
    /// </summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || !DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed))
        {
            return null;
        }

        return parsed.Kind == DateTimeKind.Unspecified
            ? Ist.FromWallClock(parsed).ToUniversalTime()
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUniversalTime();
    }
}
