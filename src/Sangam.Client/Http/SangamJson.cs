using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Client.Http;

/// <summary>JSON settings of the wire format: snake_case names (contract payloads name their own keys explicitly).</summary>
public static class SangamJson
{
    /// <summary>Options used for every request and response body.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
