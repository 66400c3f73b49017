using Microsoft.OpenApi;

namespace Sangam.Api.Http.OpenApi;

public static class FileDownloads
{
    /// <summary>
    /// Adds file content types beside the JSON of the success response, for an operation that also answers a download.
    /// (A second 200 in the endpoint's metadata would replace the JSON answer in the document instead of joining it.)
    /// </summary>
    public static RouteHandlerBuilder WithDownloads(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var success = operation.Responses?.Where(r => r.Key.StartsWith('2')).Select(r => r.Value).FirstOrDefault();
            if (success?.Content is { } content)
            {
                foreach (var contentType in contentTypes)
                {
                    content[contentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
                }
            }

            return Task.CompletedTask;
        });
}
