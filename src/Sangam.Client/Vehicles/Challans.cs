using System.Text.Json;

namespace Sangam.Client.Vehicles;

/// <summary>A vehicle's e-challans.</summary>
/// <param name="Pending">Challans not yet paid or settled.</param>
/// <param name="Disposed">Challans paid or settled in court.</param>
public sealed record ChallanList(IReadOnlyList<Challan> Pending, IReadOnlyList<Challan> Disposed)
{
    /// <summary>The fines of the pending challans together.</summary>
    public decimal PendingAmount => Pending.Sum(c => c.Fine ?? 0);

    internal static ChallanList? Parse(JsonElement payload)
    {
        var data = PayloadReader.Child(PayloadReader.AsObject(payload), "data");
        return data is null
            ? null
            : new ChallanList([.. PayloadReader.Array(data, "Pending_data").Select(Challan.Parse)], [.. PayloadReader.Array(data, "Disposed_data").Select(Challan.Parse)]);
    }
}

/// <summary>
/// One e-challan. States send amounts as numbers or as text; both become decimals here. <see cref="Raw"/> keeps the
/// row as sent, with any fields a state adds.
/// </summary>
/// <param name="Number">Challan number.</param>
/// <param name="IssuedAt">When it was issued (sent in IST as dd-MM-yyyy HH:mm:ss).</param>
/// <param name="Place">Where.</param>
/// <param name="Status">Pending or Disposed.</param>
/// <param name="StateCode">Issuing state.</param>
/// <param name="RtoDistrict">RTO district (the upstream's <c>rto_distric_name</c>).</param>
/// <param name="OwnerName">Owner's name, masked.</param>
/// <param name="ViolatorName">Violator's name, masked.</param>
/// <param name="DlNumber">Violator's licence number when recorded (masked).</param>
/// <param name="Fine">Fine imposed.</param>
/// <param name="ReceivedAmount">Amount paid.</param>
/// <param name="ReceiptNumber">Receipt of payment.</param>
/// <param name="CourtName">Court the challan was sent to, if any.</param>
/// <param name="Offences">Offences cited.</param>
/// <param name="Raw">The row as sent.</param>
public sealed record Challan(
    string? Number,
    DateTimeOffset? IssuedAt,
    string? Place,
    string? Status,
    string? StateCode,
    string? RtoDistrict,
    string? OwnerName,
    string? ViolatorName,
    string? DlNumber,
    decimal? Fine,
    decimal? ReceivedAmount,
    string? ReceiptNumber,
    string? CourtName,
    IReadOnlyList<ChallanOffence> Offences,
    JsonElement Raw)
{
    internal static Challan Parse(JsonElement row) => new(
        PayloadReader.Text(row, "challan_no"),
        PayloadReader.IstTime(PayloadReader.Text(row, "challan_date_time"), "dd-MM-yyyy HH:mm:ss", "dd-MM-yyyy"),
        PayloadReader.Text(row, "challan_place"),
        PayloadReader.Text(row, "challan_status"),
        PayloadReader.Text(row, "state_code"),
        PayloadReader.Text(row, "rto_distric_name"),
        PayloadReader.Text(row, "owner_name"),
        PayloadReader.Text(row, "name_of_violator"),
        PayloadReader.Text(row, "dl_no"),
        PayloadReader.Amount(PayloadReader.Text(row, "amount_of_fine_imposed") ?? PayloadReader.Text(row, "fine_imposed")),
        PayloadReader.Amount(PayloadReader.Text(row, "received_amount")),
        PayloadReader.Text(row, "receipt_no"),
        PayloadReader.Text(row, "court_name"),
        [.. PayloadReader.Array(row, "offence_details").Select(o => new ChallanOffence(PayloadReader.Text(o, "act"), PayloadReader.Text(o, "name")))],
        row.Clone());
}

/// <summary>An offence cited in a challan.</summary>
/// <param name="Act">Section of the act.</param>
/// <param name="Name">What the offence is.</param>
public sealed record ChallanOffence(string? Act, string? Name);
