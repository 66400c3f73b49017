using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Sangam.Sandbox.Faults;

namespace Sangam.Sandbox.DataGovIn;

/// <summary>
/// The data.gov.in Open Government Data API for the MCA company master data resource:
/// <c>GET /resource/{id}?api-key=&amp;format=json&amp;filters[FIELD]=&amp;offset=&amp;limit=</c>, answering its JSON
/// envelope (<c>status</c>, <c>total</c>, <c>count</c>, <c>field</c>, <c>records</c>) over <see cref="SandboxCompanies"/>.
/// </summary>
public static class DataGovInEmulator
{
    public const string Name = "datagovin";
    public const string CompanyMasterResource = "4dbe5667-7b6b-41d7-82af-211562424d9a";
    private const int MaxLimit = 1000;

    private static readonly string[] FieldNames =
    [
        "CIN", "CompanyName", "CompanyROCcode", "CompanyCategory", "CompanySubCategory", "CompanyClass", "AuthorizedCapital",
        "PaidupCapital", "CompanyRegistrationdate_date", "Registered_Office_Address", "Listingstatus", "CompanyStatus",
        "CompanyStateCode", "CompanyIndian/Foreign Company", "nic_code", "CompanyIndustrialClassification",
    ];

    public static IEndpointRouteBuilder MapDataGovIn(this IEndpointRouteBuilder sandbox)
    {
        sandbox.MapGet($"/{Name}/resource/{{resourceId}}", GetResource).WithFaults(Name);
        return sandbox;
    }

    private static IResult GetResource(string resourceId, HttpRequest request)
    {
        var query = request.Query;
        if (string.IsNullOrWhiteSpace(query["api-key"]))
        {
            return Failure(StatusCodes.Status403Forbidden, "Key not authorised");
        }

        if (!string.Equals(resourceId, CompanyMasterResource, StringComparison.OrdinalIgnoreCase))
        {
            return Failure(StatusCodes.Status404NotFound, "Resource not found");
        }

        if (query["format"].ToString() is { Length: > 0 } format && !format.Equals("json", StringComparison.OrdinalIgnoreCase))
        {
            return Failure(StatusCodes.Status400BadRequest, "Only the json format is served by the sandbox");
        }

        var offset = Number(query["offset"], 0);
        var limit = Math.Clamp(Number(query["limit"], 10), 0, MaxLimit);
        var filters = query.Where(q => q.Key.StartsWith("filters[", StringComparison.Ordinal) && q.Key.EndsWith(']'))
            .Select(q => (Field: q.Key[8..^1], Value: q.Value.ToString()))
            .ToList();

        // A CIN filter is a key lookup, as the real index serves it; other filters scan the dataset.
        var candidates = filters.FirstOrDefault(f => f.Field.Equals("CIN", StringComparison.OrdinalIgnoreCase)) is { Value: not null } cin
            ? SandboxCompanies.Find(cin.Value) is { } found ? [found] : []
            : SandboxCompanies.All;
        var matches = candidates.Select(c => c.MasterDataRecord())
            .Where(record => filters.All(f => record.TryGetValue(f.Field, out var value) && string.Equals(value, f.Value, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var page = matches.Skip(offset).Take(limit).ToList();

        return Results.Json(new Dictionary<string, object>
        {
            ["index_name"] = CompanyMasterResource,
            ["title"] = "Registrars of Companies (RoC)-wise Company Master Data (sandbox)",
            ["source"] = "data.gov.in",
            ["status"] = "ok",
            ["message"] = "Resource detail",
            ["version"] = "2.2.0",
            ["total"] = matches.Count,
            ["count"] = page.Count,
            ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
            ["offset"] = offset.ToString(CultureInfo.InvariantCulture),
            ["field"] = FieldNames.Select(f => new Dictionary<string, string> { ["id"] = f, ["name"] = f, ["type"] = "keyword" }),
            ["records"] = page,
        });
    }

    private static int Number(string? value, int fallback) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : fallback;

    private static IResult Failure(int status, string message) =>
        Results.Json(new Dictionary<string, string> { ["status"] = "error", ["message"] = message }, statusCode: status);
}
