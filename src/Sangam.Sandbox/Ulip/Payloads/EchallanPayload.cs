using System.Globalization;
using System.Text.Json.Nodes;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// e-Challan's answer: <c>data.Pending_data[]</c> and <c>data.Disposed_data[]</c>, names masked. As upstream, value
/// types depend on the state: some send amounts as numbers, others as strings, and some add keys of their own.
/// </summary>
internal static class EchallanPayload
{
    public const string NoRecordsCode = "305";

    public static JsonObject Render(SandboxVehicle? vehicle, DateOnly today)
    {
        if (vehicle is null || vehicle.Challans.Count == 0)
        {
            return new JsonObject { ["code"] = NoRecordsCode, ["message"] = "No Records Found!" };
        }

        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["Pending_data"] = new JsonArray([.. vehicle.Challans.Where(c => !c.Disposed).Select(c => Row(vehicle, c, today))]),
                ["Disposed_data"] = new JsonArray([.. vehicle.Challans.Where(c => c.Disposed).Select(c => Row(vehicle, c, today))]),
            },
        };
    }

    private static JsonObject Row(SandboxVehicle vehicle, SandboxChallan challan, DateOnly today)
    {
        var numbersAsText = StableRandom.Seed(vehicle.Rto.StateLetters) % 2 == 0;
        var issued = today.AddDays(-challan.DaysAgo).ToDateTime(challan.TimeOfDay);
        JsonNode Amount(int value) => numbersAsText ? JsonValue.Create(value.ToString(CultureInfo.InvariantCulture)) : JsonValue.Create(value);
        var row = new JsonObject
        {
            ["challan_no"] = challan.Number,
            ["challan_date_time"] = issued.ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture),
            ["challan_place"] = challan.Place,
            ["challan_status"] = challan.Disposed ? "Disposed" : "Pending",
            ["state_code"] = vehicle.Rto.StateLetters,
            ["rto_distric_name"] = vehicle.Rto.District,
            ["owner_name"] = People.MaskName(vehicle.OwnerName),
            ["name_of_violator"] = challan.ViolatorName,
            ["dl_no"] = challan.DlNumberMasked,
            ["fine_imposed"] = challan.Fine.ToString(CultureInfo.InvariantCulture),
            ["amount_of_fine_imposed"] = Amount(challan.Fine),
            ["received_amount"] = challan.Disposed ? Amount(challan.Fine) : null,
            ["receipt_no"] = challan.Disposed ? $"RCPT{challan.Number[^10..]}" : "",
            ["sent_to_reg_court"] = "No",
            ["sent_to_virtual_court"] = challan.SentToVirtualCourt ? "Yes" : "No",
            ["sent_to_court_on"] = challan.SentToVirtualCourt ? issued.AddDays(15).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : "",
            ["court_name"] = challan.SentToVirtualCourt ? $"Virtual Court {vehicle.Rto.State} (Traffic)" : "",
            ["document_impounded"] = "No",
            ["remark"] = "",
            ["offence_details"] = new JsonArray([.. challan.Offences.Select(o => (JsonNode)new JsonObject { ["act"] = o.Act, ["name"] = o.Name })]),
        };
        if (numbersAsText && challan.Disposed)
        {
            row["payment_source"] = "Online";
        }

        return row;
    }
}
