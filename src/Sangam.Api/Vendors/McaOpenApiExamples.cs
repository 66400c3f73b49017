using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Sangam.Api.Platform.OpenApi;

namespace Sangam.Api.Vendors;

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
