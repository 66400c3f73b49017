using Microsoft.OpenApi;
using Sangam.Api.Connectors.Irp;

namespace Sangam.Api.EInvoices.Import;

public static class ImportBodyDescription
{
    /// <summary>
    /// The body is read as raw JSON (so that a malformed item fails alone); the document still shows its real shape:
    /// one IRP response or an array of them.
    /// </summary>
    public static RouteHandlerBuilder DescribeImportBody(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var item = await context.GetOrCreateSchemaAsync(typeof(IrpInvoiceResponse), null, cancellationToken);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "An IRP response, or an array of up to EInvoices:MaxImportItems (default 1000) of them.",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new()
                    {
                        Schema = new OpenApiSchema { OneOf = [item, new OpenApiSchema { Type = JsonSchemaType.Array, Items = item }] },
                    },
                },
            };
        });
}
