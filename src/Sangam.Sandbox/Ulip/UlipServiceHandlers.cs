using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Sangam.India;
using Sangam.India.Vehicles;
using Sangam.Sandbox.Ulip.Dataset;
using Sangam.Sandbox.Ulip.Payloads;

namespace Sangam.Sandbox.Ulip;

/// <summary>
/// The ULIP services, answering as NLDSL's integration documents and live traffic show: request keys matched
/// case-sensitively (<c>ECHALLAN/01</c> wants <c>vehicleNumber</c>), values checked against ULIP's own patterns
/// (a 400 naming the field), and "not found" in each service's own shape.
/// </summary>
internal static partial class UlipServiceHandlers
{
    /// <summary>SARATHI/01's pattern for <c>dlnumber</c>: the RTO code, then a space or a hyphen, then year and serial.</summary>
    public const string LicencePattern = "(([A-Z]{2}(-)[0-9]{2})|([A-Z]{2}[0-9]{2} ))((19|20)[0-9][0-9])[0-9]{7}$";

    public const string DobPattern = @"^\d{4}\-(0[1-9]|1[012])\-(0[1-9]|[12][0-9]|3[01])$";

    public static async Task<IResult> Vahan(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var (vehicle, error) = await ReadVehicleAsync(request, "vehiclenumber", dataset);
        return error
            ?? (vehicle is null
                ? UlipProtocol.Item(VahanXml.NotFoundDocument())
                : UlipProtocol.Item(VahanXml.Render(vehicle, Today(time)), withMessage: true));
    }

    public static async Task<IResult> VahanDetails(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var (vehicle, error) = await ReadVehicleAsync(request, "vehiclenumber", dataset);
        return error
            ?? (vehicle is null
                ? UlipProtocol.NotFoundItem("Vehicle Details not Found")
                : UlipProtocol.Item(VahanJson.Render(vehicle, Today(time)), withMessage: true));
    }

    public static async Task<IResult> Sarathi(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var body = await UlipProtocol.ReadObjectAsync(request);
        var licenceText = body?.Text("dlnumber");
        var dobText = body?.Text("dob");
        if (licenceText is null || !LicenceFormat().IsMatch(licenceText))
        {
            return UlipProtocol.InvalidFormat("dlnumber", LicencePattern);
        }

        if (dobText is null || !DobFormat().IsMatch(dobText)
            || !DateOnly.TryParseExact(dobText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var dob))
        {
            return UlipProtocol.InvalidFormat("dob", DobPattern);
        }

        // SARATHI answers the same "not found" for an unknown licence and for a wrong date of birth.
        var licence = DrivingLicence.TryParse(licenceText, out var number) ? dataset.FindLicence(number) : null;
        return licence is null || licence.DateOfBirth != dob
            ? UlipProtocol.Item(SarathiPayload.NotFound())
            : UlipProtocol.Item(SarathiPayload.Render(licence, Today(time)));
    }

    public static async Task<IResult> FastagCrossings(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var (vehicle, error) = await ReadVehicleAsync(request, "vehiclenumber", dataset);
        return error ?? UlipProtocol.Item(FastagPayloads.Crossings(vehicle, time.GetUtcNow()));
    }

    public static async Task<IResult> FastagTagDetails(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var body = await UlipProtocol.ReadObjectAsync(request);
        var vehicleText = body?.Text("vehiclenumber");
        var tagText = body?.Text("tagid");
        if (string.IsNullOrEmpty(vehicleText) && string.IsNullOrEmpty(tagText))
        {
            return UlipProtocol.ErrorItem(FastagPayloads.NothingAsked);
        }

        SandboxVehicle? vehicle;
        if (!string.IsNullOrEmpty(vehicleText))
        {
            if (!VehicleFormat().IsMatch(vehicleText))
            {
                return UlipProtocol.InvalidFormat("vehiclenumber", UlipProtocol.VehicleNumberPattern);
            }

            vehicle = VehicleNumber.TryParse(vehicleText, out var number) ? dataset.FindVehicle(number) : null;
        }
        else
        {
            vehicle = FastagTagId.TryParse(tagText, out var tagId) ? dataset.FindVehicleByTag(tagId) : null;
        }

        return UlipProtocol.Item(FastagPayloads.TagDetails(vehicle, time.GetUtcNow()));
    }

    public static async Task<IResult> Echallan(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var (vehicle, error) = await ReadVehicleAsync(request, "vehicleNumber", dataset);
        return error ?? UlipProtocol.Item(EchallanPayload.Render(vehicle, Today(time)));
    }

    // A number that passes ULIP's format check but names no vehicle of the dataset is simply not found.
    private static async Task<(SandboxVehicle? Vehicle, IResult? Error)> ReadVehicleAsync(HttpRequest request, string key, UlipDataset dataset)
    {
        var text = (await UlipProtocol.ReadObjectAsync(request))?.Text(key);
        if (text is null || !VehicleFormat().IsMatch(text))
        {
            return (null, UlipProtocol.InvalidFormat(key, UlipProtocol.VehicleNumberPattern));
        }

        return (VehicleNumber.TryParse(text, out var number) ? dataset.FindVehicle(number) : null, null);
    }

    private static DateOnly Today(TimeProvider time) => Ist.Today(time.GetUtcNow());

    [GeneratedRegex(UlipProtocol.VehicleNumberPattern)]
    private static partial Regex VehicleFormat();

    [GeneratedRegex(LicencePattern)]
    private static partial Regex LicenceFormat();

    [GeneratedRegex(DobPattern)]
    private static partial Regex DobFormat();
}
