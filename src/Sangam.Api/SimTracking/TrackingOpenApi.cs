using Sangam.Api.Http.OpenApi;
using Sangam.India;

namespace Sangam.Api.SimTracking;

/// <summary>Parameters and examples of the SIM tracking calls in the OpenAPI document.</summary>
internal static class TrackingOpenApi
{
    public static readonly ApiParameter Mobile = ApiParameter.Path("mobile", TrackingLimits.MobileDescription, MobileNumber.Example);

    public static readonly ApiParameter[] ListParameters =
    [
        new("consent_status", "Only drivers with this consent status.", "ALLOWED") { Values = ["PENDING", "ALLOWED", "REJECTED", "EXPIRED", "FAILED"] },
        ApiParameter.WholeNumber("page", "Page, from 1 (default 1).", 1),
        ApiParameter.WholeNumber("page_size", "Drivers per page, 1-500 (default 100).", 100),
    ];

    public static readonly ApiParameter[] TrailParameters =
    [
        Mobile,
        new("from", "Start: ISO 8601 with offset, or an IST day yyyy-MM-dd. Default: 24 hours before `to`.", "2026-11-26T06:00:00+05:30"),
        new("to", "End: ISO 8601 with offset, or an IST day yyyy-MM-dd (its end). Default: now.", "2026-11-26T18:00:00+05:30"),
    ];

    public const string AddDriverRequest = """{"mobile": "9876543210", "driver_name": "Ramesh Kumar", "vehicle_number": "MH12NW4402", "consent_channel": "SMS", "language": "HI"}""";

    private const string DriverPayload = """
        {"mobile": "9876543210", "driver_name": "Ramesh Kumar", "vehicle_number": "MH12NW4402", "operator": "airtel", "consent_status": "ALLOWED",
         "consent_channel": "SMS", "language": "HI", "consent_requested_at": "2026-11-26T09:12:03+05:30", "consent_updated_at": "2026-11-26T09:14:41+05:30",
         "consent_valid_till": "2027-11-26T09:14:41+05:30", "consent_detail": "The driver allowed location by SMS", "created_at": "2026-11-26T09:12:03+05:30"}
        """;

    public const string Driver = """{"response": [{"response": """ + DriverPayload + """, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}""";

    public const string Drivers = """{"response": [{"response": {"count": 1, "page": 1, "page_size": 100, "drivers": [""" + DriverPayload
        + """]}, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}""";

    public const string Deleted = """
        {"response": [{"response": {"mobile": "9876543210", "deleted": true, "operator_released": true, "positions_erased": 412}, "responseStatus": "SUCCESS"}],
         "error": "false", "code": "200", "message": "Success"}
        """;

    public const string Consent = """
        {"response": [{"response": {"mobile": "9876543210", "operator": "airtel", "consent_status": "ALLOWED", "consent_channel": "SMS",
          "consent_requested_at": "2026-11-26T09:12:03+05:30", "consent_updated_at": "2026-11-26T09:14:41+05:30", "consent_valid_till": "2027-11-26T09:14:41+05:30",
          "consent_detail": "The driver allowed location by SMS",
          "events": [{"consent_status": "PENDING", "source": "platform", "detail": "Consent requested by SMS", "at": "2026-11-26T09:12:03+05:30"},
                     {"consent_status": "ALLOWED", "source": "operator", "detail": "The driver allowed location by SMS", "at": "2026-11-26T09:14:41+05:30"}]},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}
        """;

    private const string LocationPayload = """
        {"mobile": "9876543210", "latitude": 18.520430, "longitude": 73.856744, "accuracy_m": 1200, "located_at": "2026-11-26T14:05:10+05:30", "address": null, "source": "operator"}
        """;

    public const string Location = """{"response": [{"response": """ + LocationPayload + """, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}""";

    public const string Trail = """
        {"response": [{"response": {"mobile": "9876543210", "from": "2026-11-26T06:00:00+05:30", "to": "2026-11-26T18:00:00+05:30", "count": 2,
          "positions": [{"latitude": 18.520430, "longitude": 73.856744, "accuracy_m": 1200, "located_at": "2026-11-26T14:05:10+05:30"},
                        {"latitude": 18.745120, "longitude": 73.412008, "accuracy_m": 900, "located_at": "2026-11-26T15:05:12+05:30"}]},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}
        """;

    public const string BulkRequest = """{"mobiles": ["9876543210", "+91 98765 43211", "12345"]}""";

    public const string Bulk =
        """{"response": [{"response": {"mobile": "9876543210", "status": "located", "message": null, "location": """ + LocationPayload + """}, "responseStatus": "SUCCESS"}, """
        + """{"response": {"mobile": "9876543211", "status": "no_consent", "message": "Consent is PENDING; location needs ALLOWED consent.", "location": null}, "responseStatus": "ERROR"}, """
        + """{"response": {"mobile": "12345", "status": "invalid_mobile", "message": "Not a 10-digit Indian mobile number.", "location": null}, "responseStatus": "ERROR"}], """
        + "\"error\": \"false\", \"code\": \"200\", \"message\": \"Success\"}";

    public const string WebhookRequest = """{"url": "https://erp.acme.example/sangam/consent"}""";

    public const string Webhook = """
        {"response": [{"response": {"url": "https://erp.acme.example/sangam/consent", "secret": "whsec_5bN0c2x1lV3kqf0Yd6bqk9G8c7xX2m1f4nKp0s8tQwE",
          "created_at": "2026-11-26T09:20:00+05:30", "events": ["driver.consent.changed"]}, "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}
        """;

    public const string WebhookWithoutSecret = """
        {"response": [{"response": {"url": "https://erp.acme.example/sangam/consent", "secret": null, "created_at": "2026-11-26T09:20:00+05:30",
          "events": ["driver.consent.changed"]},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}
        """;
}
