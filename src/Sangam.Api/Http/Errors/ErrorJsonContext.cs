using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sangam.Api.Http.Errors;

/// <summary>Source-generated serialisation of the error envelope: errors are written from middleware on hot paths.</summary>
[JsonSerializable(typeof(ErrorEnvelope))]
internal sealed partial class ErrorJsonContext : JsonSerializerContext
{
    /// <summary>Messages quote field names and patterns; escaping them as \u0027 would only make them harder to read.</summary>
    public static ErrorJsonContext Readable { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
