using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Sangam.Api.Ocr;

/// <summary>
/// The upload form and response examples in the OpenAPI document. The form is read by the handler (not bound), so
/// that a missing file or a bad <c>document_type</c> gets the contract's per-field 400 rather than the framework's.
/// </summary>
internal static class OcrOpenApi
{
    public static RouteHandlerBuilder DescribeUploadForm(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            var schema = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>([OcrUpload.FileField], StringComparer.Ordinal),
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                {
                    [OcrUpload.FileField] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Format = "binary",
                        Description = "The file itself (despite the name): PDF, JPEG or PNG (WebP and TIFF also read).",
                    },
                    [OcrUpload.TypeField] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = [JsonValue.Create("invoice"), JsonValue.Create("qr_code"), JsonValue.Create("delivery_order"), JsonValue.Create("BOE")],
                        Description = "What the document is; matched case-insensitively. Without it, the document is read as an invoice.",
                        Default = JsonValue.Create("invoice"),
                    },
                    [OcrUpload.FormatField] = new OpenApiSchema
                    {
                        Type = JsonSchemaType.String,
                        Enum = [JsonValue.Create("boe"), JsonValue.Create("boe_v2")],
                        Description = "BOE only: `boe` the documented flat object (default), `boe_v2` part-wise header, invoices and items.",
                    },
                },
            };
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { ["multipart/form-data"] = new() { Schema = schema } },
            };
            return Task.CompletedTask;
        });
}

/// <summary>Response examples: the contract's invoice sample and one of each design of ours.</summary>
internal static class OcrExamples
{
    public static readonly (string Name, string Json)[] Upload =
    [
        ("invoice", """
            {"data": {"invoices": [{"field_data": {
              "invoice_number": {"value": "24183001003678", "accuracy": 94.1, "source": "printed", "location": {"page": 1, "box": [0.6412, 0.1187, 0.7934, 0.1302]}},
              "invoice_date": {"value": "08/04/2023", "accuracy": 93.6, "source": "printed", "location": {"page": 1, "box": [0.6412, 0.1398, 0.7245, 0.1513]}},
              "supplier_gstin": {"value": "27AAPFU0939F1ZV", "accuracy": 99.5, "source": "printed"},
              "buyer_gstin": {"value": "03AAICM5508J1ZI", "accuracy": 71.3, "source": "printed"},
              "place_of_supply": {"value": "03-Punjab", "accuracy": 68.2, "source": "computed"},
              "total_taxable": {"value": 3642692.0, "accuracy": 96.0, "source": "printed"},
              "total_igst_amount": {"value": 655684.56, "accuracy": 96.0, "source": "printed"},
              "invoice_amount": {"value": 4298376.56, "accuracy": 94.1, "source": "printed"},
              "supplier_gstin_status": {"value": true, "accuracy": 99.5, "source": "computed"},
              "supplier_einvoice_status": {"value": true, "accuracy": 99.5, "source": "signed_qr"}},
              "table_data": [{"item_description": {"value": "HR Coil 2.5mm", "accuracy": 90.0, "source": "printed"}, "item_hsn": {"value": "72083840", "accuracy": 92.3, "source": "printed"},
                "item_quantity": {"value": 60.5, "accuracy": 91.0, "source": "printed"}, "item_unit_price": {"value": 60210.0, "accuracy": 91.0, "source": "printed"},
                "item_taxable_value": {"value": 3642692.0, "accuracy": 96.0, "source": "printed"}, "item_gst_rate": {"value": 18.0, "accuracy": 90.0, "source": "printed"}}]}],
              "time_taken": 1.42, "page_count": 1, "pages_read": 1}}
            """),
        ("no QR code", """
            {"data": {"qr_codes": [], "message": "No QR code found on the 1 page read.", "time_taken": 0.4, "page_count": 1, "pages_read": 1}}
            """),
        ("qr_code", """
            {"data": {"qr_codes": [{"page": 1, "raw": "eyJhbGciOiJSUzI1NiIsImtpZCI6IjQ0NDRDNEI4...", "kind": "einvoice_signed_qr",
              "signature": {"verified": true, "issuer": "NIC", "kid": "4444C4B8EB0C32A4D3AD6F3A3D18B8B1F3C4A9E0", "reason": null},
              "claims": {"SellerGstin": "27AAPFU0939F1ZV", "BuyerGstin": "03AAICM5508J1ZI", "DocNo": "24183001003678", "DocTyp": "INV",
                "DocDt": "08/04/2023", "TotInvVal": 4298376.56, "ItemCnt": 1, "MainHsnCode": "72083840",
                "Irn": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229", "IrnDt": "2023-04-08 11:42:17"}}],
              "time_taken": 0.21, "page_count": 1, "pages_read": 1}}
            """),
        ("delivery_order", """
            {"data": {"delivery_orders": [{"field_data": {"do_number": {"value": "DO/NSA/24/018832", "accuracy": 93.0, "source": "printed"},
              "bl_number": {"value": "MEDUNS123456", "accuracy": 92.1, "source": "printed"}, "container_numbers": {"value": ["MSKU1234565", "TGHU6543210"], "accuracy": 35.0, "source": "printed"}},
              "containers": [{"number": "MSKU1234565", "check_digit_valid": true, "accuracy": 93.0},
                {"number": "TGHU6543210", "check_digit_valid": false, "accuracy": 35.0}]}],
              "time_taken": 0.9, "page_count": 1, "pages_read": 1}}
            """),
        ("boe", """
            {"data": {"time_taken": 0.3, "page_count": 1, "pages_read": 1, "port_code": "INNSA1", "boe_num": "4567890", "boe_date": "12/03/2024",
              "importer_name": "ACME IMPORTS PVT LTD", "gstin": "27AAPFU0939F1ZV", "iec": "0304012345", "total_duty": "125430.00",
              "invoice_num_1": "INV-88231", "igst_rate_1": "18", "igst_amount_1": "98120.50"}}
            """),
        ("boe_v2", """
            {"data": {"boe": {"header": {"boe_num": {"value": "4567890", "accuracy": 97.0, "source": "printed"}, "total_duty": {"value": "125430.00", "accuracy": 97.0, "source": "printed"}},
              "invoices": [{"invoice_num": {"value": "INV-88231", "accuracy": 97.0, "source": "printed"}}],
              "items": [{"item_serial_number": {"value": "1", "accuracy": 97.0, "source": "printed"}, "igst_rate": {"value": "18", "accuracy": 97.0, "source": "printed"}}]},
              "time_taken": 0.3, "page_count": 1, "pages_read": 1}}
            """),
    ];

    public const string Queued = """{"job_id": "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f", "status": "queued", "pages_total": 12}""";

    public static readonly (string Name, string Json)[] Job =
    [
        ("running", """
            {"job_id": "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f", "status": "running", "document_type": "invoice",
              "progress": {"pages_done": 0, "pages_total": 12}, "created_at": "2026-11-26T09:12:03+00:00",
              "started_at": "2026-11-26T09:12:04+00:00", "completed_at": null, "expires_at": null}
            """),
        ("failed", """
            {"job_id": "0193f0c2-7b1e-7cc3-9f0e-3c1d2b4a5e6f", "status": "failed", "document_type": "invoice",
              "progress": {"pages_done": 0, "pages_total": 3}, "created_at": "2026-11-26T09:12:03+00:00",
              "started_at": "2026-11-26T09:12:04+00:00", "completed_at": "2026-11-26T09:12:05+00:00", "expires_at": "2026-12-03T09:12:05+00:00",
              "error": {"status": 422, "message": "Page 2 could not be rendered."}}
            """),
    ];
}
