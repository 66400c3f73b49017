using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Sangam.Api.Http.OpenApi;

public static class OperationExamples
{
    /// <summary>
    /// Adds a JSON example of the request body and named JSON examples of the success response (200, 201 or 202,
    /// whichever the operation answers) to the operation.
    /// </summary>
    public static RouteHandlerBuilder WithJsonExamples(this RouteHandlerBuilder builder, string? request, params (string Name, string Json)[] responses) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (request is not null && operation.RequestBody?.Content?.TryGetValue("application/json", out var body) == true)
            {
                body.Example = JsonNode.Parse(request);
            }

            var success = operation.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value).FirstOrDefault();
            if (responses.Length > 0 && success?.Content?.TryGetValue("application/json", out var media) == true)
            {
                media.Examples = responses.ToDictionary(r => r.Name, IOpenApiExample (r) => new OpenApiExample { Value = JsonNode.Parse(r.Json) }, StringComparer.Ordinal);
            }

            return Task.CompletedTask;
        });

    /// <summary>An example of envelope A as the flat-and-wrapped body those endpoints answer: <c>success</c> and <c>data</c> added.</summary>
    public static string FlatAndWrapped(string flatEnvelope)
    {
        var flat = JsonNode.Parse(flatEnvelope)!.AsObject();
        var body = (JsonObject)flat.DeepClone();
        body["success"] = true;
        body["data"] = flat;
        return body.ToJsonString();
    }
}
