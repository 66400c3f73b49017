using System.Text.Json;

namespace Sangam.Api.Connectors.Ulip;

/// <summary>Reads ULIP payloads, which some services send as objects and others as JSON inside a string.</summary>
public static class UlipPayload
{
    /// <summary>A JSON <c>null</c>: the payload of an item that carries none.</summary>
    public static JsonElement Null { get; } = JsonDocument.Parse("null").RootElement.Clone();

    /// <summary>The payload as a JSON object, parsing it when it came as a string; null when it is neither.</summary>
    public static JsonElement? AsObject(JsonElement payload)
    {
        if (payload.ValueKind == JsonValueKind.Object)
        {
            return payload;
        }

        if (payload.ValueKind == JsonValueKind.String && payload.GetString() is { } text && text.TrimStart().StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(text);
                return document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The value at a path of object keys, as text whatever its JSON type; null when absent or null.</summary>
    public static string? Text(JsonElement? element, params ReadOnlySpan<string> path)
    {
        if (element is not { } current)
        {
            return null;
        }

        foreach (var key in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(key, out current))
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => current.GetRawText(),
            _ => null,
        };
    }
}
