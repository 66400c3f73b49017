using Microsoft.OpenApi;

namespace Sangam.Api.Http.OpenApi;

public static class FormBodyDescription
{
    private static readonly string[] ContentTypes = ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"];

    /// <summary>
    /// Describes a body of string fields sent as JSON or form data. (Declaring it with <c>Accepts</c> would make
    /// routing answer 415 itself, where the contract wants the handler's per-field 400.)
    /// </summary>
    public static RouteHandlerBuilder DescribeStringFieldsBody(this RouteHandlerBuilder builder, params string[] fields) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(fields, StringComparer.Ordinal),
                Properties = fields.ToDictionary(f => f, IOpenApiSchema (_) => new OpenApiSchema { Type = JsonSchemaType.String }, StringComparer.Ordinal),
            };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = ContentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = schema }, StringComparer.Ordinal),
            };
            return Task.CompletedTask;
        });
}
