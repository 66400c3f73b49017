using System.Globalization;
using System.Text.Json.Nodes;
using Sangam.India;
using Sangam.India.Vehicles;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// NETC answers through ULIP: toll crossings (<c>FASTAG/01</c>) and tag details (<c>FASTAG/02</c>). Every leaf value is
/// a string. "Not found" is a SUCCESS item too, whose <c>result</c> is FAILURE and whose <c>errCode</c> says why.
/// </summary>
internal static class FastagPayloads
{
    /// <summary>Crossings: no transaction for the vehicle in the window.</summary>
    public const string NoCrossings = "740";

    /// <summary>Tag details: the vehicle or tag is not in the FASTag system.</summary>
    public const string NoTag = "239";

    /// <summary>FASTAG/02's answer to a request without a vehicle number or tag id, an ERROR item of this text.</summary>
    public const string NothingAsked = "vehiclenumber or tagid :must not be Empty or null, Please enter vehiclenumber or tagid";

    public static JsonObject Crossings(SandboxVehicle? vehicle, DateTimeOffset now)
    {
        var crossings = vehicle is null ? [] : TollCrossings.Within72Hours(vehicle, now);
        if (crossings.Count == 0)
        {
            return Answer(now, counts: null, respCode: "000", new JsonObject { ["errCode"] = NoCrossings });
        }

        var count = crossings.Count.ToString(CultureInfo.InvariantCulture);
        var transactions = crossings.Select(c => (JsonNode)new JsonObject
        {
            ["readerReadTime"] = c.ReadAt.ToIst().ToString("yyyy-MM-dd HH:mm:ss'.0'", CultureInfo.InvariantCulture),
            ["seqNo"] = c.SequenceNumber.ToString(),
            ["laneDirection"] = c.LaneDirection.ToString(),
            ["tollPlazaGeocode"] = string.Create(CultureInfo.InvariantCulture, $"{c.Plaza.Latitude},{c.Plaza.Longitude}"),
            ["tollPlazaName"] = c.Plaza.Name,
            ["vehicleType"] = vehicle!.ActiveTag!.VehicleClass,
            ["vehicleRegNo"] = vehicle.Number,
        });
        return Answer(now, counts: null, respCode: "000", new JsonObject
        {
            ["errCode"] = "000",
            ["vehltxnList"] = new JsonObject
            {
                ["totalTagsInMsg"] = count,
                ["msgNum"] = "1",
                ["totalTagsInresponse"] = count,
                ["totalMsg"] = "1",
                ["txn"] = new JsonArray([.. transactions]),
            },
        });
    }

    public static JsonObject TagDetails(SandboxVehicle? vehicle, DateTimeOffset now)
    {
        if (vehicle is null || vehicle.Tags.Count == 0)
        {
            return Answer(now, counts: "0", respCode: NoTag, new JsonObject { ["errCode"] = NoTag });
        }

        var details = vehicle.Tags.Select(tag => (JsonNode)new JsonObject
        {
            ["detail"] = new JsonArray(
                Pair("TAGID", tag.TagId),
                Pair("REGNUMBER", vehicle.Number),
                Pair("TID", tag.Tid),
                Pair("VEHICLECLASS", tag.VehicleClass),
                Pair("TAGSTATUS", tag.Status.ToCode()),
                Pair("ISSUEDATE", tag.IssuedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                Pair("EXCCODE", tag.ExceptionCode),
                Pair("BANKID", tag.BankId),
                Pair("COMVEHICLE", vehicle.Kind.IsTransport() ? "T" : "F")),
        });
        return Answer(now, counts: "1", respCode: "000", new JsonObject { ["errCode"] = "000", ["vehicledetails"] = new JsonArray([.. details]) });
    }

    private static JsonObject Pair(string name, string value) => new() { ["name"] = name, ["value"] = value };

    // FASTAG/02 counts the requests it answered (successReqCnt of totReqCnt); FASTAG/01 does not.
    private static JsonObject Answer(DateTimeOffset now, string? counts, string respCode, JsonObject vehicle)
    {
        var found = vehicle["errCode"]!.GetValue<string>() == "000";
        var answer = new JsonObject { ["result"] = found ? "SUCCESS" : "FAILURE" };
        if (counts is not null)
        {
            answer["successReqCnt"] = counts;
            answer["totReqCnt"] = "1";
        }

        answer["respCode"] = respCode;
        answer["ts"] = now.ToIst().ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        answer["vehicle"] = vehicle;
        return answer;
    }
}
