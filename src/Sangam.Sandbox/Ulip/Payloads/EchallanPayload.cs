using System.Globalization;
using System.Text.Json.Nodes;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// e-Challan's answer: <c>data.Pending_data[]</c> and <c>data.Disposed_data[]</c> with the keys of NLDSL's documented
/// record (a disposed row has a receipt and the amount received, a pending one the RTO district), names masked, and
/// <c>"message": "Record  finds successfully"</c> (sic). A known vehicle without challans gets two empty lists; an
/// unknown one code 305. As upstream, the fine is text and <c>amount_of_fine_imposed</c> a number in some states and
/// null in others.
/// </summary>
internal static class EchallanPayload
{
    public const string NoRecordsCode = "305";

    public static JsonObject Render(SandboxVehicle? vehicle, DateOnly today)
    {
        if (vehicle is null)
        {
            return new JsonObject { ["code"] = NoRecordsCode, ["message"] = "No Records Found!" };
        }

        return new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["Disposed_data"] = new JsonArray([.. vehicle.Challans.Where(c => c.Disposed).Select(c => Row(vehicle, c, today))]),
                ["Pending_data"] = new JsonArray([.. vehicle.Challans.Where(c => !c.Disposed).Select(c => Row(vehicle, c, today))]),
            },
            ["message"] = "Record  finds successfully",
            ["status"] = "200",
        };
    }

    private static JsonObject Row(SandboxVehicle vehicle, SandboxChallan challan, DateOnly today)
    {
        var amountsAsNumbers = StableRandom.Seed(vehicle.Rto.StateLetters) % 2 == 0;
        var issued = today.AddDays(-challan.DaysAgo).ToDateTime(challan.TimeOfDay);
        var row = new JsonObject
        {
            ["challan_place"] = challan.Place,
            ["sent_to_reg_court"] = "No",
            ["owner_name"] = People.MaskName(vehicle.OwnerName),
        };
        if (challan.Disposed)
        {
            row["receipt_no"] = $"RCPT{challan.Number[^10..]}";
        }

        row["challan_date_time"] = issued.ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);
        row["document_impounded"] = "";
        if (challan.Disposed)
        {
            row["received_amount"] = challan.Fine;
        }

        row["sent_to_court_on"] = challan.SentToVirtualCourt ? issued.AddDays(15).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture) : null;
        row["remark"] = "NA";
        row["fine_imposed"] = challan.Fine.ToString(CultureInfo.InvariantCulture);
        row["amount_of_fine_imposed"] = amountsAsNumbers ? challan.Fine : null;
        row["challan_no"] = challan.Number;
        row["dl_no"] = challan.DlNumberMasked.Length > 0 ? challan.DlNumberMasked : null;
        row["name_of_violator"] = challan.ViolatorName;
        row["sent_to_virtual_court"] = challan.SentToVirtualCourt ? "Yes" : "No";
        row["date_of_proceeding"] = null;
        row["driver_name"] = challan.ViolatorName;
        row["court_address"] = null;
        if (!challan.Disposed)
        {
            row["rto_distric_name"] = vehicle.Rto.District;
        }

        row["challan_status"] = challan.Disposed ? "Disposed" : "Pending";
        row["department"] = "Traffic";
        row["state_code"] = vehicle.Rto.StateLetters;
        row["court_name"] = challan.SentToVirtualCourt ? $"Virtual Court {vehicle.Rto.State} (Traffic)" : null;
        row["offence_details"] = new JsonArray([.. challan.Offences.Select(o => (JsonNode)new JsonObject { ["act"] = o.Act, ["name"] = o.Name })]);
        return row;
    }
}
