using System.Globalization;
using System.Text.Json;
using Sangam.India.Vehicles;

namespace Sangam.Client.Vehicles;

/// <summary>A FASTag read at a toll plaza (NETC, through ULIP <c>FASTAG/01</c>).</summary>
/// <param name="ReadAt">When the plaza read the tag (sent in IST).</param>
/// <param name="PlazaName">Toll plaza.</param>
/// <param name="Latitude">Plaza latitude.</param>
/// <param name="Longitude">Plaza longitude.</param>
/// <param name="LaneDirection">Lane direction: N, S, E or W.</param>
/// <param name="VehicleClass">NETC vehicle class, e.g. VC11.</param>
/// <param name="VehicleNumber">Registration number on the tag.</param>
/// <param name="SequenceNumber">The transaction's sequence number.</param>
public sealed record TollCrossing(
    DateTimeOffset? ReadAt, string? PlazaName, double? Latitude, double? Longitude, string? LaneDirection, string? VehicleClass, string? VehicleNumber, string? SequenceNumber)
{
    internal static IReadOnlyList<TollCrossing>? ParseAll(JsonElement payload)
    {
        var list = PayloadReader.Child(PayloadReader.Child(PayloadReader.AsObject(payload), "vehicle"), "vehltxnList");
        if (list is null)
        {
            return null;
        }

        return [.. PayloadReader.Array(list, "txn").Select(txn =>
        {
            var geocode = PayloadReader.Text(txn, "tollPlazaGeocode")?.Split(',');
            return new TollCrossing(
                PayloadReader.IstTime(PayloadReader.Text(txn, "readerReadTime"), "yyyy-MM-dd HH:mm:ss.f", "yyyy-MM-dd HH:mm:ss.ff", "yyyy-MM-dd HH:mm:ss.fff", "yyyy-MM-dd HH:mm:ss"),
                PayloadReader.Text(txn, "tollPlazaName"),
                Coordinate(geocode, 0),
                Coordinate(geocode, 1),
                PayloadReader.Text(txn, "laneDirection"),
                PayloadReader.Text(txn, "vehicleType"),
                PayloadReader.Text(txn, "vehicleRegNo"),
                PayloadReader.Text(txn, "seqNo"));
        })];
    }

    private static double? Coordinate(string[]? parts, int index) =>
        parts is { Length: 2 } && double.TryParse(parts[index], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}

/// <summary>A FASTag's details (NETC, through ULIP <c>FASTAG/02</c>).</summary>
/// <param name="TagId">Tag id (EPC), 24 hexadecimal digits.</param>
/// <param name="Tid">Tag's chip id.</param>
/// <param name="VehicleNumber">Registration number the tag is issued for.</param>
/// <param name="VehicleClass">NETC vehicle class, e.g. VC20.</param>
/// <param name="Status">Tag status; null when NETC sent a code this client does not know (see <see cref="StatusCode"/>).</param>
/// <param name="StatusCode">Tag status as sent: A, I, B, H, C, L or E.</param>
/// <param name="IssuedOn">Issue date.</param>
/// <param name="ExceptionCode">NETC exception code; 00 when none.</param>
/// <param name="BankId">Issuer bank id.</param>
/// <param name="Commercial">True for a commercial vehicle.</param>
/// <param name="Fields">Every name/value pair as sent.</param>
public sealed record FastagTag(
    string? TagId,
    string? Tid,
    string? VehicleNumber,
    string? VehicleClass,
    FastagTagStatus? Status,
    string? StatusCode,
    DateOnly? IssuedOn,
    string? ExceptionCode,
    string? BankId,
    bool? Commercial,
    IReadOnlyDictionary<string, string> Fields)
{
    internal static IReadOnlyList<FastagTag>? ParseAll(JsonElement payload)
    {
        var tags = PayloadReader.Array(PayloadReader.Child(PayloadReader.AsObject(payload), "vehicle"), "vehicledetails").ToList();
        return tags.Count == 0 ? null : [.. tags.Select(Parse)];
    }

    private static FastagTag Parse(JsonElement tag)
    {
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in PayloadReader.Array(tag, "detail"))
        {
            if (PayloadReader.Text(pair, "name") is { } name && PayloadReader.Text(pair, "value") is { } value)
            {
                fields.TryAdd(name, value);
            }
        }

        var code = fields.GetValueOrDefault("TAGSTATUS");
        return new FastagTag(
            fields.GetValueOrDefault("TAGID"),
            fields.GetValueOrDefault("TID"),
            fields.GetValueOrDefault("REGNUMBER"),
            fields.GetValueOrDefault("VEHICLECLASS"),
            FastagTagStatusCode.TryParse(code, out var status) ? status : null,
            code,
            PayloadReader.Date(fields.GetValueOrDefault("ISSUEDATE")),
            fields.GetValueOrDefault("EXCCODE"),
            fields.GetValueOrDefault("BANKID"),
            fields.GetValueOrDefault("COMVEHICLE") switch { "T" => true, "F" => false, _ => null },
            fields);
    }
}
