using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sangam.Api.Webhooks;

/// <summary>
/// Every event of the catalogue under the document's <c>webhooks</c>, with its payload schema, an example, its headers
/// and how to check the signature; and the examples of the webhook calls.
/// </summary>
internal static class WebhooksOpenApi
{
    public const string SetRequest = """{"url": "https://erp.acme.example/sangam/events", "events": ["driver.consent.changed", "ocr.job.completed", "ocr.job.failed"]}""";

    public const string Webhook = """
        {"response": [{"response": {"url": "https://erp.acme.example/sangam/events", "secret": "whsec_5bN0c2x1lV3kqf0Yd6bqk9G8c7xX2m1f4nKp0s8tQwE",
          "created_at": "2026-11-26T09:20:00+05:30", "events": ["driver.consent.changed", "ocr.job.completed", "ocr.job.failed"]}, "responseStatus": "SUCCESS"}],
         "error": "false", "code": "200", "message": "Success"}
        """;

    public const string WebhookWithoutSecret = """
        {"response": [{"response": {"url": "https://erp.acme.example/sangam/events", "secret": null, "created_at": "2026-11-26T09:20:00+05:30",
          "events": ["driver.consent.changed", "ocr.job.completed", "ocr.job.failed"]}, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}
        """;

    public const string Deliveries = """
        {"response": [{"response": {"count": 2, "deliveries": [
          {"delivery_id": "0f6a3c2b1d4e4f5a9b8c7d6e5f4a3b2c", "event_type": "ocr.job.completed", "status": "delivered", "attempts": 1, "response_status": 200,
           "last_error": null, "created_at": "2026-11-26T11:02:17+05:30", "last_attempt_at": "2026-11-26T11:02:19+05:30", "next_attempt_at": null,
           "completed_at": "2026-11-26T11:02:19+05:30"},
          {"delivery_id": "4c1f0e9a2b7d4e31a6f5c8d90b1e2a37", "event_type": "driver.consent.changed", "status": "pending", "attempts": 2, "response_status": 503,
           "last_error": "the receiver answered 503", "created_at": "2026-11-26T09:14:41+05:30", "last_attempt_at": "2026-11-26T09:15:16+05:30",
           "next_attempt_at": "2026-11-26T09:16:16+05:30", "completed_at": null}]}, "responseStatus": "SUCCESS"}],
         "error": "false", "code": "200", "message": "Success"}
        """;

    private const string Signing =
        "`" + WebhookOutbox.SignatureHeader + "` is `t=<unix seconds>,v1=<hex HMAC-SHA256>`, the HMAC keyed with the webhook's secret over the text `<t>.<body>` "
        + "(the timestamp, a dot, the raw body). Recompute it, compare in constant time and refuse old timestamps (say, over 5 minutes), "
        + "so a captured delivery cannot be replayed. Answer any 2xx within the timeout; anything else is retried with doubling waits. "
        + "`id` (also `" + WebhookOutbox.DeliveryHeader + "`) is the same on every attempt of a delivery: drop one you already processed. "
        + "`type` (also `" + WebhookOutbox.EventHeader + "`) names the event.";

    public static async Task DescribeWebhooksAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Webhooks ??= new Dictionary<string, IOpenApiPathItem>(StringComparer.Ordinal);
        foreach (var type in WebhookEvents.All)
        {
            var payload = await context.GetOrCreateSchemaAsync(type.PayloadType, null, cancellationToken);
            document.Webhooks[type.Name] = new OpenApiPathItem
            {
                Operations = new Dictionary<HttpMethod, OpenApiOperation>
                {
                    [HttpMethod.Post] = new()
                    {
                        OperationId = Camel(type.Name) + "Webhook",
                        Summary = type.Summary + " (posted to the URL set with PUT /api/v2/webhook)",
                        Description = "One POST per event, JSON: `id` and `type`, then the event's fields. " + Signing,
                        Parameters =
                        [
                            Header(WebhookOutbox.SignatureHeader, "`t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">`",
                                "t=1795844681,v1=5f2b3c0e8a41f7d29c6be0a7d1f3e5c4b8a90d2e6f7a1b3c5d7e9f0a1b2c3d4e"),
                            Header(WebhookOutbox.EventHeader, "The event type, as in the body's `type`.", type.Name),
                            Header(WebhookOutbox.DeliveryHeader, "The delivery's id, as in the body's `id`; the same on every attempt.",
                                (string)JsonNode.Parse(type.Example)!["id"]!),
                        ],
                        RequestBody = new OpenApiRequestBody
                        {
                            Required = true,
                            Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                            {
                                ["application/json"] = new() { Schema = WithIdAndType(type, payload), Example = JsonNode.Parse(type.Example) },
                            },
                        },
                        Responses = new OpenApiResponses { ["200"] = new OpenApiResponse { Description = "Any 2xx acknowledges the delivery." } },
                    },
                },
            };
        }
    }

    /// <summary>The body: <c>id</c> and <c>type</c>, then the payload record's own fields in one flat object.</summary>
    private static OpenApiSchema WithIdAndType(WebhookEventType type, IOpenApiSchema payload) => new()
    {
        AllOf =
        [
            new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(StringComparer.Ordinal) { "id", "type" },
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    ["id"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The delivery's id: the same on every attempt." },
                    ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(type.Name)] },
                },
            },
            payload,
        ],
    };

    private static OpenApiParameter Header(string name, string description, string example) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = JsonValue.Create(example),
    };

    /// <summary><c>ocr.job.completed</c> → <c>ocrJobCompleted</c>.</summary>
    private static string Camel(string name) =>
        string.Concat(name.Split('.').Select((part, i) => i == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..]));
}
