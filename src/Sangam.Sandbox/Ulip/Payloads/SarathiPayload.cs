using System.Globalization;
using System.Text.Json.Nodes;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// SARATHI's answer: <c>dldetobj[0]</c> with the holder (<c>bioObj</c>), the licence (<c>dlobj</c>) and its classes
/// (<c>dlcovs</c>), every key of the real record (<see cref="SarathiKeys"/>). SARATHI pads its fixed-width fields:
/// the licence number to 18 characters, class codes to 6, the gender to 12. "Not found" is a SUCCESS item too:
/// <c>errorcd</c> -1 with "No Details are available." and every object null.
/// </summary>
internal static class SarathiPayload
{
    public const string NotFoundMessage = "No Details are available.";

    private static readonly HashSet<string> TransportClasses = ["TRANS", "HGMV", "HPMV", "HTV", "MGV"];

    public static JsonObject Render(SandboxLicence licence, DateOnly today)
    {
        var transportUntil = licence.TransportValidDays is { } t ? today.AddDays(t) : (DateOnly?)null;
        var transportFrom = licence.Classes.Where(c => TransportClasses.Contains(c.Abbreviation)).Select(c => c.IssuedOn).DefaultIfEmpty().Max();
        var number = licence.SarathiNumber.PadRight(18);
        var office = licence.Rto.Code + " ";
        var rtoName = $"RTO,{licence.Rto.Office}";
        var (first, last) = (licence.FullName.Split(' ')[0], licence.FullName.Split(' ')[^1]);
        return Details(errorcd: 0, message: null, storedIn: "Appllive", new()
        {
            ["dlcovs"] = new JsonArray([.. licence.Classes.Select(c => (JsonNode)Object(SarathiKeys.Class, new()
            {
                ["dcCovStatus"] = "A",
                ["olacd"] = office,
                ["covabbrv"] = c.Abbreviation.PadRight(6),
                ["dcIssuedt"] = Date(c.IssuedOn),
                ["olaName"] = rtoName,
                ["vecatg"] = TransportClasses.Contains(c.Abbreviation) ? "TR" : "NT",
                ["veShortdesc"] = "XXXXX",
                ["covIssueAuthCode"] = licence.Rto.Code,
                ["dcLicno"] = number,
                ["covdesc"] = c.Description,
            }))]),
            ["bioObj"] = Object(SarathiKeys.Holder, new()
            {
                ["bioFirstName"] = first,
                ["bioLastName"] = last,
                ["bioFullName"] = People.MaskName(licence.FullName),
                ["bioNatName"] = licence.FullName,
                ["bioSwdFullName"] = licence.FatherName,
                ["bioDob"] = Date(licence.DateOfBirth),
                ["bioGender"] = licence.Gender == "Female" ? "2" : "1",
                ["bioGenderDesc"] = licence.Gender.PadRight(12),
                ["bioBloodGroup"] = licence.BloodGroup.PadRight(3),
                ["bioBloodGroupname"] = licence.BloodGroup.PadRight(3),
                ["bioPermAdd1"] = People.MaskName(licence.AddressLine1),
                ["bioPermAdd2"] = People.MaskName(licence.AddressLine2),
                ["bioPermDistName"] = licence.Rto.District,
                ["bioCitiZen"] = "IND",
                ["aadharAuthenticated"] = false,
                ["bioDlno"] = number,
            }),
            ["dlobj"] = Object(SarathiKeys.Licence, new()
            {
                ["dlLicno"] = number,
                ["dlDispatchStatus"] = "Y",
                ["omRtoFullname"] = $"RTO {licence.Rto.Office}",
                ["dlIssueauth"] = licence.Rto.Code,
                ["stateName"] = licence.Rto.State,
                ["omOfficeTownname"] = licence.Rto.District.ToUpperInvariant(),
                ["dlIssuedt"] = Date(licence.IssuedOn),
                ["olacode"] = office,
                ["dlOldLicno"] = $"{licence.Number[..4]}/{licence.Number[4..8]}/{int.Parse(licence.Number[8..], CultureInfo.InvariantCulture)}",
                ["dlTrValdtoDt"] = transportUntil is { } until ? Date(until) : null,
                ["dlNtValdfrDt"] = Date(licence.IssuedOn),
                ["dlStatus"] = licence.Status,
                ["olaName"] = rtoName,
                ["statecd"] = licence.Rto.StateLetters,
                ["omRtoShortname"] = $"RTO {licence.Rto.Office}",
                ["dlPrintStatus"] = "A",
                ["dlRtoCode"] = licence.Rto.Code,
                ["dlTrValdfrDt"] = transportUntil is null ? null : Date(transportFrom),
                ["dlNtValdtoDt"] = Date(today.AddDays(licence.NonTransportValidDays)),
            }),
        });
    }

    /// <summary>SARATHI's answer when no licence matches the number and date of birth (the same for both).</summary>
    public static JsonObject NotFound() => Details(errorcd: -1, NotFoundMessage, storedIn: "National Register", new());

    private static JsonObject Details(int errorcd, string? message, string storedIn, Dictionary<string, JsonNode?> parts)
    {
        parts["errorcd"] = errorcd;
        parts["erormsg"] = message;
        parts["dbLoc"] = storedIn;
        return new JsonObject { ["dldetobj"] = new JsonArray(Object(SarathiKeys.Details, parts)) };
    }

    private static JsonObject Object(string[] keys, Dictionary<string, JsonNode?> values) =>
        new(keys.Select(key => KeyValuePair.Create(key, values.GetValueOrDefault(key))));

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
