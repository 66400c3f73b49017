using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Sangam.Api.Http.OpenApi;

/// <summary>
/// A Postman collection (v2.1) made from the OpenAPI document, for the many users of the hosted platform who work
/// from Postman: one folder per tag in the document's order, one request per operation with its examples, the
/// <c>Authorization: JWT {{token}}</c> header on every call that needs it, and a login that stores the token.
/// </summary>
public static class PostmanExport
{
    public const string Path = "/docs/postman.json";

    private const string SchemaUrl = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    // The calls that answer a token pair; their test script keeps it in the collection's variables.
    private static readonly string[] TokenIssuingOperations = ["login", "refreshToken"];

    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static IEndpointRouteBuilder MapPostmanCollection(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async ([FromKeyedServices("v1")] Microsoft.AspNetCore.OpenApi.IOpenApiDocumentProvider documents, HttpRequest request, CancellationToken cancellationToken) =>
        {
            var document = await documents.GetOpenApiDocumentAsync(cancellationToken);
            var json = JsonNode.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, cancellationToken))!;
            return TypedResults.Json(From(json, $"{request.Scheme}://{request.Host}{request.PathBase}"));
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>The collection for an OpenAPI document (as JSON); requests go to <c>{{baseUrl}}</c>, <paramref name="baseUrl"/> by default.</summary>
    public static JsonObject From(JsonNode openApi, string baseUrl)
    {
        var folders = new List<(string Tag, JsonObject Folder)>();
        foreach (var tag in openApi["tags"]?.AsArray() ?? [])
        {
            folders.Add(((string)tag!["name"]!, new JsonObject { ["name"] = (string?)tag["name"], ["description"] = (string?)tag["description"], ["item"] = new JsonArray() }));
        }

        foreach (var (path, item) in openApi["paths"]!.AsObject())
        {
            foreach (var method in Methods.Where(m => item![m] is not null))
            {
                var operation = item![method]!;
                var tag = (string?)operation["tags"]?[0] ?? "Other";
                var folder = folders.FirstOrDefault(f => f.Tag == tag).Folder;
                if (folder is null)
                {
                    folder = new JsonObject { ["name"] = tag, ["item"] = new JsonArray() };
                    folders.Add((tag, folder));
                }

                folder["item"]!.AsArray().Add(Request(path, method, operation));
            }
        }

        return new JsonObject
        {
            ["info"] = new JsonObject
            {
                ["name"] = (string?)openApi["info"]?["title"] ?? "API",
                ["description"] = (string?)openApi["info"]?["description"],
                ["schema"] = SchemaUrl,
            },
            ["auth"] = new JsonObject
            {
                ["type"] = "apikey",
                ["apikey"] = new JsonArray(Pair("key", "Authorization"), Pair("value", "JWT {{token}}"), Pair("in", "header")),
            },
            ["variable"] = new JsonArray(Pair("baseUrl", baseUrl), Pair("token", ""), Pair("refreshToken", "")),
            ["item"] = new JsonArray([.. folders.Where(f => f.Folder["item"]!.AsArray().Count > 0).Select(f => (JsonNode)f.Folder)]),
        };
    }

    private static JsonObject Request(string path, string method, JsonNode operation)
    {
        var parameters = operation["parameters"]?.AsArray().Select(p => p!).ToList() ?? [];
        var request = new JsonObject
        {
            ["method"] = method.ToUpperInvariant(),
            ["header"] = new JsonArray([.. parameters.Where(p => (string?)p["in"] == "header").Select(p => (JsonNode)Parameter(p))]),
            ["url"] = Url(path, parameters),
            ["description"] = (string?)operation["description"],
        };
        if (operation["security"] is null)
        {
            request["auth"] = new JsonObject { ["type"] = "noauth" };
        }

        if (Body(operation["requestBody"]?["content"]) is { } body)
        {
            request["body"] = body;
        }

        var entry = new JsonObject { ["name"] = (string?)operation["summary"] ?? (string?)operation["operationId"] ?? path, ["request"] = request };
        if (TokenIssuingOperations.Contains((string?)operation["operationId"]))
        {
            entry["event"] = new JsonArray(new JsonObject
            {
                ["listen"] = "test",
                ["script"] = new JsonObject
                {
                    ["type"] = "text/javascript",
                    ["exec"] = new JsonArray(
                        "const body = pm.response.json();",
                        "if (body.token) { pm.collectionVariables.set('token', body.token); pm.collectionVariables.set('refreshToken', body.refresh_token); }"),
                },
            });
        }

        return entry;
    }

    // Path parameters become Postman's :name; every parameter carries its example, so each request runs as it is.
    // A parameter marked as off in examples (a download switch) is listed disabled, ready to tick, and not sent.
    private static JsonObject Url(string path, List<JsonNode> parameters)
    {
        var segments = path.Trim('/').Split('/').Select(s => s.StartsWith('{') ? ":" + s.Trim('{', '}') : s).ToList();
        var query = parameters.Where(p => (string?)p["in"] == "query").Select(Parameter).ToList();
        var sent = query.Where(q => q["disabled"] is null).ToList();
        var raw = "{{baseUrl}}/" + string.Join('/', segments) + (path.EndsWith('/') ? "/" : "")
            + (sent.Count > 0 ? "?" + string.Join('&', sent.Select(q => $"{(string?)q["key"]}={(string?)q["value"]}")) : "");
        return new JsonObject
        {
            ["raw"] = raw,
            ["host"] = new JsonArray("{{baseUrl}}"),
            ["path"] = new JsonArray([.. segments.Select(s => (JsonNode)s), .. path.EndsWith('/') ? new JsonNode[] { "" } : []]),
            ["query"] = new JsonArray([.. query]),
            ["variable"] = new JsonArray([.. parameters.Where(p => (string?)p["in"] == "path").Select(p => (JsonNode)Parameter(p))]),
        };
    }

    private static JsonObject Parameter(JsonNode parameter)
    {
        var item = new JsonObject
        {
            ["key"] = (string?)parameter["name"],
            ["value"] = parameter["example"]?.ToString() ?? "",
            ["description"] = (string?)parameter["description"],
        };
        if ((bool?)parameter[ApiParameter.ExampleDisabledExtension] == true)
        {
            item["disabled"] = true;
        }

        return item;
    }

    private static JsonObject? Body(JsonNode? content)
    {
        if (content?["application/json"] is { } json)
        {
            return new JsonObject
            {
                ["mode"] = "raw",
                ["raw"] = json["example"]?.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) ?? "{}",
                ["options"] = new JsonObject { ["raw"] = new JsonObject { ["language"] = "json" } },
            };
        }

        if (content?["multipart/form-data"]?["schema"]?["properties"] is JsonObject fields)
        {
            return new JsonObject
            {
                ["mode"] = "formdata",
                ["formdata"] = new JsonArray([.. fields.Select(f => (JsonNode)new JsonObject
                {
                    ["key"] = f.Key,
                    ["type"] = (string?)f.Value?["format"] == "binary" ? "file" : "text",
                    ["value"] = (string?)f.Value?["default"] ?? "",
                    ["description"] = (string?)f.Value?["description"],
                })]),
            };
        }

        return null;
    }

    private static JsonObject Pair(string key, string value) => new() { ["key"] = key, ["value"] = value };
}
