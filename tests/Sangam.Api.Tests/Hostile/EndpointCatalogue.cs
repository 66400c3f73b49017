using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Sangam.Api.Tests.Hostile;

/// <summary>
/// Every endpoint of the running server, from its endpoint data source, so a new endpoint is walked without touching
/// the tests. The inputs of each come from the live API description of the same operation (by endpoint name); an
/// endpoint without one still gets the generic inputs. The emulators under /sandbox/ speak their upstreams'
/// protocols, not the platform's, and do not exist in production: they are left out, as are the console's pages.
/// </summary>
internal static class EndpointCatalogue
{
    public static async Task<IReadOnlyList<HostileEndpoint>> DiscoverAsync(SangamServer server)
    {
        var operations = await OperationsAsync(server);
        var endpoints = new List<HostileEndpoint>();
        foreach (var endpoint in server.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            // The console's pages answer browsers in HTML, not the envelope; ConsoleSignInTests and ConsolePagesTests cover them.
            if (endpoint.RoutePattern.RawText?.StartsWith("/sandbox", StringComparison.Ordinal) == true
                || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.CompiledPageActionDescriptor>() is not null
                || endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor>() is not null)
            {
                continue;
            }

            var name = endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName;
            (JsonNode, JsonNode)? operation = name is not null && operations.TryGetValue(name, out var described) ? described : null;
            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [HttpMethods.Get])
            {
                endpoints.Add(new HostileEndpoint(method, endpoint,
                    Parameters(operation, "query"), Parameters(operation, "header"), BodyFields(operation)));
            }
        }

        return endpoints;
    }

    /// <summary>The operations of the live OpenAPI document by operation id, with the document for resolving references.</summary>
    private static async Task<Dictionary<string, (JsonNode Operation, JsonNode Document)>> OperationsAsync(SangamServer server)
    {
        using var client = server.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
        var operations = new Dictionary<string, (JsonNode, JsonNode)>(StringComparer.Ordinal);
        foreach (var (_, path) in document["paths"]!.AsObject())
        {
            foreach (var (_, operation) in path!.AsObject())
            {
                if ((string?)operation?["operationId"] is { } id)
                {
                    operations[id] = (operation, document);
                }
            }
        }

        return operations;
    }

    private static string[] Parameters((JsonNode Operation, JsonNode Document)? operation, string location) =>
        operation?.Operation["parameters"]?.AsArray()
            .Where(p => (string?)p!["in"] == location)
            .Select(p => (string)p!["name"]!)
            .ToArray() ?? [];

    /// <summary>The properties of the request body in any of its media types; "value" when none are described.</summary>
    private static string[] BodyFields((JsonNode Operation, JsonNode Document)? operation)
    {
        var fields = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, media) in operation?.Operation["requestBody"]?["content"]?.AsObject() ?? [])
        {
            var schema = media?["schema"];
            if ((string?)schema?["$ref"] is { } reference)
            {
                schema = operation!.Value.Document["components"]!["schemas"]![reference.Split('/')[^1]];
            }

            foreach (var (property, _) in schema?["properties"]?.AsObject() ?? [])
            {
                fields.Add(property);
            }
        }

        return fields.Count > 0 ? [.. fields] : ["value"];
    }
}
