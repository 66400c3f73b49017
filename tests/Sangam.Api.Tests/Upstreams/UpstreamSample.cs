using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// A real upstream answer from <c>tests/upstream-samples/&lt;upstream&gt;/</c>: what was asked, the HTTP status and body
/// that came back, and where it came from and how real it is (see that folder's INDEX.json).
/// </summary>
public sealed record UpstreamSample(string Id, string Service, string Kind, string Realness, string Source, JsonObject? Request, int HttpStatus, JsonNode? Body)
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "upstream-samples");

    // As the samples write them: placeholders such as "<bearer token>" and XML stay as they are, unescaped.
    private static readonly JsonSerializerOptions AsWritten = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body as the upstream sent it: a JSON text, or a body the sample keeps as text (a non-JSON one).</summary>
    public string? BodyText => Body is JsonValue text && text.TryGetValue<string>(out var raw) ? raw : Body?.ToJsonString(AsWritten);

    /// <summary>The ids of an upstream's samples, in the order of its INDEX.json.</summary>
    public static IReadOnlyList<string> IdsOf(string upstream) =>
        [.. JsonNode.Parse(File.ReadAllText(Path.Combine(Root, upstream, "INDEX.json")))!.AsArray().Select(e => (string)e!["id"]!)];

    public static UpstreamSample Load(string upstream, string id)
    {
        var sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, upstream, id + ".json")))!;
        return new UpstreamSample(
            (string)sample["id"]!,
            (string)sample["service"]!,
            (string)sample["kind"]!,
            (string)sample["realness"]!,
            (string)sample["source"]!,
            sample["request"]?.AsObject(),
            (int)sample["http_status"]!,
            sample["body"]);
    }
}
