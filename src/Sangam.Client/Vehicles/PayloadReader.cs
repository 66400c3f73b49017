using System.Globalization;
using System.Text.Json;
using Sangam.India;

namespace Sangam.Client.Vehicles;

/// <summary>Reads upstream payloads, whose values arrive as strings or numbers depending on the service and state.</summary>
internal static class PayloadReader
{
    /// <summary>The single item of envelope A, or of envelope B (envelope A under <c>data</c>).</summary>
    public static (JsonElement Payload, string ResponseStatus) ItemOf(JsonElement envelope)
    {
        var flat = envelope.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && data.TryGetProperty("response", out _)
            ? data
            : envelope;
        if (!flat.TryGetProperty("response", out var items) || items.ValueKind != JsonValueKind.Array || items.GetArrayLength() == 0)
        {
            throw new SangamException("The answer is not a lookup envelope: it has no response item.");
        }

        var item = items[0];
        return (item.TryGetProperty("response", out var payload) ? payload.Clone() : default, Text(item, "responseStatus") ?? "SUCCESS");
    }

    /// <summary>The payload as an object, parsing it when a service sent JSON inside a string.</summary>
    public static JsonElement? AsObject(JsonElement payload)
    {
        if (payload.ValueKind == JsonValueKind.Object)
        {
            return payload;
        }

        if (payload.ValueKind == JsonValueKind.String && payload.GetString() is { } text && text.TrimStart().StartsWith('{'))
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }

        return null;
    }

    public static JsonElement? Child(JsonElement? element, string key) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(key, out var child) && child.ValueKind != JsonValueKind.Null ? child : null;

    public static IEnumerable<JsonElement> Array(JsonElement? element, string key) =>
        Child(element, key) is { ValueKind: JsonValueKind.Array } array ? array.EnumerateArray() : [];

    /// <summary>A value as text, whatever its JSON type; null when absent, null or blank.</summary>
    public static string? Text(JsonElement? element, string key) => Child(element, key) switch
    {
        { ValueKind: JsonValueKind.String } s => string.IsNullOrWhiteSpace(s.GetString()) ? null : s.GetString()!.Trim(),
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => null,
    };

    public static decimal? Amount(string? text) =>
        decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;

    public static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static DateOnly? Date(string? text) => GovernmentDate.TryParse(text, out var date) ? date : null;

    /// <summary>An IST wall-clock time in one of <paramref name="formats"/>, as an instant.</summary>
    public static DateTimeOffset? IstTime(string? text, params string[] formats) =>
        DateTime.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var wallClock) ? Ist.FromWallClock(wallClock) : null;
}
