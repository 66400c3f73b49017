using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Client.EInvoices;

/// <summary>
/// JSON settings of NIC's e-invoice schema: NIC's own PascalCase names (the C# names of the e-invoice records),
/// matched case-insensitively, numbers also read from strings.
/// </summary>
public static class NicJson
{
    /// <summary>Options for <see cref="EInvoiceDocument"/> and its parts.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = null,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Reads and writes a value under NIC's names inside a document that otherwise uses the API's snake_case names.</summary>
internal sealed class NicJsonConverter<T> : JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(ref reader, NicJson.Options);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, NicJson.Options);
}
