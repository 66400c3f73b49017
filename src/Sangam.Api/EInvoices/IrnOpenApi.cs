using Sangam.Api.EInvoices.Listing;
using Sangam.Api.Http.OpenApi;
using Sangam.India.Tax;

namespace Sangam.Api.EInvoices;

/// <summary>Parameters and examples of the IRN APIs in the OpenAPI document (platform-api.md §7).</summary>
internal static class IrnOpenApi
{
    private static readonly ApiParameter GstinParameter = ApiParameter.Header(GstinHeader.Name,
        "A GSTIN of the caller's account: the buyer (purchase) or the seller (sales).", Gstin.Example);

    public static readonly ApiParameter[] ListParameters =
    [
        GstinParameter,
        ApiParameter.WholeNumber("year", "Year of acknowledgement; with `month`, or leave both out and give `ack_date_from` and `ack_date_to`.", 2024),
        ApiParameter.WholeNumber("month", "Month of acknowledgement, 1-12 (8 or 08).", 11),
        new("irn_type", "purchase: the GSTIN is the buyer; sales: the seller.", "purchase") { Required = true, Values = ["purchase", "sales"] },
        new("ack_date_from", "First acknowledgement day: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy or yyyy-mm-dd.", "01/11/2024"),
        new("ack_date_to", "Last acknowledgement day, same forms; at most 366 days after `ack_date_from`.", "30/11/2024"),
        ApiParameter.WholeNumber("page", "Page, from 1; a page past the end is empty.", 1),
        ApiParameter.WholeNumber("page_size", "Items per page, at most " + IrnListQuery.MaxPageSize + " (the default); larger sizes are served as "
            + IrnListQuery.MaxPageSize + " with the header `" + EInvoicesApi.PageSizeClampedHeader + "`.", 2000),
        new("format", "Download the whole list instead of a page: csv or xlsx. Leave it out for the JSON list.", "csv") { Values = ["csv", "xlsx"], OffInExamples = true },
    ];

    public static readonly ApiParameter[] DetailParameters =
    [
        ApiParameter.Path("irn", "The IRN: 64 hexadecimal digits.", India.EInvoicing.Irn.Example),
        GstinParameter,
    ];

    private const string Item = """
        {"_id": "654dc1421794b0c071a6447c", "docNum": "2023241308", "docDt": "01/11/2024", "docType": "INV", "supplyType": "B2B",
         "totInvAmt": 46618.72, "irn": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229", "irnStatus": "ACT",
         "ackNo": "152316134408458", "ackDt": "2024-11-01 17:14:00", "ewbNo": "", "ewbDt": "", "cnldt": "",
         "buyer_gstin": "27AAPFU0939F1ZV", "supplier_gstin": "33AADCT1398N1ZI",
         "data": {"Version": "1.1", "TranDtls": {"TaxSch": "GST", "SupTyp": "B2B"}, "DocDtls": {"Typ": "INV", "No": "2023241308", "Dt": "01/11/2024"},
           "SellerDtls": {"Gstin": "33AADCT1398N1ZI", "LglNm": "TAMIL TEXTILES PVT LTD"}, "BuyerDtls": {"Gstin": "27AAPFU0939F1ZV", "LglNm": "ACME LOGISTICS"},
           "ValDtls": {"AssVal": 39507.39, "IgstVal": 7111.33, "TotInvVal": 46618.72},
           "AckNo": 152316134408458, "AckDt": "2024-11-01 17:14:00", "Irn": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229"}}
        """;

    public const string List = """{"message": "Data Found", "success": true, "count": 2400, "total_page": 2, "page_size": 2000, "page": 2, "current_count": 400, "data": [""" + Item + "]}";

    public const string NoData = """{"message": "No Data Found", "success": true, "count": 0, "data": []}""";

    public const string Detail = """
        {"_id": "654dc1421794b0c071a6447c", "docNum": "2023241308", "docDt": "01/11/2024", "docType": "INV", "supplyType": "B2B",
         "totInvAmt": 46618.72, "irn": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229", "irnStatus": "ACT",
         "ackNo": "152316134408458", "ackDt": "2024-11-01 17:14:00", "ewbNo": "331001234567", "ewbDt": "2024-11-01 18:02:00", "cnldt": "",
         "buyer_gstin": "27AAPFU0939F1ZV", "supplier_gstin": "33AADCT1398N1ZI",
         "data": {"DocDtls": {"Typ": "INV", "No": "2023241308", "Dt": "01/11/2024"}, "Irn": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229"},
         "SignedInvoice": "eyJhbGciOiJSUzI1NiIsImtpZCI6IjE0NDNEOTMwRjQ4...", "SignedQRCode": "eyJhbGciOiJSUzI1NiIsImtpZCI6IjE0NDNEOTMwRjQ4...",
         "EwbValidTill": "2024-11-03 23:59:00",
         "signature": {"verified": true, "verdict": "verified", "issuer": "NIC", "kid": "1443D930F48...", "key": "einv_prod", "reason": null},
         "qr_signature": {"verified": true, "verdict": "verified", "issuer": "NIC", "kid": "1443D930F48...", "key": "einv_prod", "reason": null},
         "EwbNo": "331001234567", "EwbDt": "2024-11-01 18:02:00"}
        """;

    public const string ImportRequest = """
        [{"AckNo": 152316134408458, "AckDt": "2024-11-01 17:14:00", "Irn": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229",
          "SignedInvoice": "eyJhbGciOiJSUzI1NiIsImtpZCI6IjE0NDNEOTMwRjQ4...", "SignedQRCode": "eyJhbGciOiJSUzI1NiIsImtpZCI6IjE0NDNEOTMwRjQ4...",
          "Status": "ACT", "EwbNo": null, "EwbDt": null, "EwbValidTill": null},
         {"Irn": "0f9f0e27ad5fd5b2b8cbb63c1cbf3cdf1c5d0c8f1ff0b4bbd6f3e3a3c0f1a2b3", "CancelDate": "2024-11-02 10:00:00"}]
        """;

    public const string ImportResult = """
        {"message": "2 received: 1 imported, 1 cancelled, 0 updated, 0 unchanged, 0 rejected.", "received": 2, "imported": 1, "cancelled": 1, "updated": 0, "unchanged": 0, "rejected": 0,
         "results": [
           {"index": 0, "irn": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229", "outcome": "imported", "irn_status": "ACT",
            "signature": {"verified": true, "verdict": "verified", "issuer": "NIC", "kid": "1443D930F48...", "key": "einv_prod", "reason": null},
            "qr_signature": {"verified": true, "verdict": "verified", "issuer": "NIC", "kid": "1443D930F48...", "key": "einv_prod", "reason": null},
            "irn_check": {"computed": "a5c12dca80e743321740b001fd70953e8738d109865d28ba4013750f2046f229", "matches": true}, "problems": [], "warnings": []},
           {"index": 1, "irn": "0f9f0e27ad5fd5b2b8cbb63c1cbf3cdf1c5d0c8f1ff0b4bbd6f3e3a3c0f1a2b3", "outcome": "cancelled", "irn_status": "CNL",
            "signature": null, "qr_signature": null, "irn_check": null, "problems": [], "warnings": []}]}
        """;
}
