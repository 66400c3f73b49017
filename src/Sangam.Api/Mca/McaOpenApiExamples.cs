using System.Text.Json.Nodes;
using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Mca;

/// <summary>The contract's examples of the MCA lookup (platform-api.md §6), shown in the API reference.</summary>
internal static class McaOpenApiExamples
{
    private const string Request = """{"cin": "L72900MH2000PLC128943"}""";

    private const string Found = """
        {"response": [{"response": {"cin": "L72900MH2000PLC128943", "companyName": "Sahyadri Infotech Limited",
          "companyStatus": "Active", "email": "investors@sahyadri-infotech.example", "financialAuditStatus": "YES",
          "incorporationDate": "03/10/2000", "registeredAddress": "Unit 402, Sahyadri Tech Park, Andheri East, Mumbai, Maharashtra, India, 400093",
          "registeredContactNo": "", "rocCode": "RoC-Mumbai",
          "financialDetails": [{"profitLoss": "         6757000.00", "year": "2022", "turnOver": "       561519000.00"}]},
          "responseStatus": "SUCCESS"}], "error": "false", "code": "200", "message": "Success"}
        """;

    public const string Search = """
        {"message": "Data Found", "count": 2, "data": [
          {"cin": "L72900MH2000PLC128943", "company_name": "Sahyadri Infotech Limited", "company_status": "Active", "company_class": "Public",
           "roc_code": "RoC-Mumbai", "state": "Maharashtra", "incorporation_date": "03/10/2000"},
          {"cin": "U72200PN2011PTC139901", "company_name": "Sahyadri Information Systems Private Limited", "company_status": "Strike Off",
           "company_class": "Private", "roc_code": "RoC-Pune", "state": "Maharashtra", "incorporation_date": "17/06/2011"}]}
        """;

    public const string ImportSummary = """
        {"problem": null, "rows_read": 3712418, "inserted": 1204, "updated": 380, "unchanged": 3710822, "rejected": 12,
         "rejections": [{"reason": "invalid_identifier", "count": 12, "examples": [{"line": 88121, "detail": "U7220OPN2011PTC139901"}]}],
         "elapsed_ms": 83120, "rows_per_second": 44663}
        """;

    public static RouteHandlerBuilder WithMcaExamples(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.RequestBody?.Content?.TryGetValue("application/json", out var request) == true)
            {
                request.Example = JsonNode.Parse(Request);
            }

            if (operation.Responses?.TryGetValue("200", out var ok) == true && ok.Content?.TryGetValue("application/json", out var response) == true)
            {
                response.Example = JsonNode.Parse(OperationExamples.FlatAndWrapped(Found));
            }

            return Task.CompletedTask;
        });
}
