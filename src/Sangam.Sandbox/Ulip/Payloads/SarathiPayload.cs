using System.Globalization;
using System.Text.Json.Nodes;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>SARATHI's answer: <c>dldetobj[0]</c> with the holder (<c>bioObj</c>), the licence (<c>dlobj</c>) and its classes (<c>dlcovs</c>).</summary>
internal static class SarathiPayload
{
    /// <summary>ULIP's response code when no licence matches the number and date of birth.</summary>
    public const string NotFoundCode = "231";

    public const string NotFound = "DL Details not Found";

    private static readonly HashSet<string> TransportClasses = ["TRANS", "HGMV", "HPMV", "HTV", "MGV"];

    public static JsonObject Render(SandboxLicence licence, DateOnly today)
    {
        static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var transportUntil = licence.TransportValidDays is { } t ? today.AddDays(t) : (DateOnly?)null;
        var transportFrom = licence.Classes.Where(c => TransportClasses.Contains(c.Abbreviation)).Select(c => c.IssuedOn).DefaultIfEmpty().Max();
        return new JsonObject
        {
            ["dldetobj"] = new JsonArray(new JsonObject
            {
                ["bioObj"] = new JsonObject
                {
                    ["bioFullName"] = licence.FullName,
                    ["bioSwdFullName"] = licence.FatherName,
                    ["bioDob"] = Date(licence.DateOfBirth),
                    ["bioGenderDesc"] = licence.Gender,
                    ["bioBloodGroup"] = licence.BloodGroup,
                    ["bioPermAdd1"] = licence.AddressLine1,
                    ["bioPermAdd2"] = licence.AddressLine2,
                },
                ["dlobj"] = new JsonObject
                {
                    ["dlLicno"] = licence.SarathiNumber,
                    ["dlStatus"] = licence.Status,
                    ["dlIssuedt"] = Date(licence.IssuedOn),
                    ["dlNtValdfrDt"] = Date(licence.IssuedOn),
                    ["dlNtValdtoDt"] = Date(today.AddDays(licence.NonTransportValidDays)),
                    ["dlTrValdfrDt"] = transportUntil is null ? null : Date(transportFrom),
                    ["dlTrValdtoDt"] = transportUntil is { } until ? Date(until) : null,
                    ["dlRtoCode"] = licence.Rto.Code,
                    ["omRtoFullname"] = $"RTO {licence.Rto.Office}",
                    ["stateName"] = licence.Rto.State,
                },
                ["dlcovs"] = new JsonArray([.. licence.Classes.Select(c => (JsonNode)new JsonObject
                {
                    ["dcLicno"] = licence.SarathiNumber,
                    ["dcIssuedt"] = Date(c.IssuedOn),
                    ["covabbrv"] = c.Abbreviation,
                    ["covdesc"] = c.Description,
                })]),
            }),
        };
    }
}
