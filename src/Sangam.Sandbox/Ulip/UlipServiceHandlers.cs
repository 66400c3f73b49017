using Microsoft.AspNetCore.Http;
using Sangam.India;
using Sangam.India.Vehicles;
using Sangam.Sandbox.Ulip.Dataset;
using Sangam.Sandbox.Ulip.Payloads;

namespace Sangam.Sandbox.Ulip;

/// <summary>
/// The five ULIP services. Request keys are matched case-sensitively, as ULIP does: <c>ECHALLAN/01</c> wants
/// <c>vehicleNumber</c> and answers 400 to <c>vehiclenumber</c>.
/// </summary>
internal static class UlipServiceHandlers
{
    public static async Task<IResult> Vahan(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var (number, error) = await ReadVehicleNumberAsync(request, "vehiclenumber");
        if (error is not null)
        {
            return error;
        }

        var vehicle = dataset.FindVehicle(number);
        return vehicle is null
            ? UlipProtocol.Item(VahanXml.NotFound, "ERROR", "404")
            : UlipProtocol.Item(VahanXml.Render(vehicle, Today(time)));
    }

    public static async Task<IResult> Sarathi(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var body = await UlipProtocol.ReadObjectAsync(request);
        var licenceText = body?.Text("dlnumber");
        var dobText = body?.Text("dob");
        if (licenceText is null || dobText is null)
        {
            return UlipProtocol.Failure(StatusCodes.Status400BadRequest, "dlnumber and dob are required");
        }

        if (!DrivingLicence.TryParse(licenceText, out var licenceNumber)
            || !DateOnly.TryParseExact(dobText, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var dob))
        {
            return UlipProtocol.Failure(StatusCodes.Status400BadRequest, "Invalid dlnumber or dob (yyyy-MM-dd)");
        }

        // SARATHI answers the same "not found" for an unknown licence and for a wrong date of birth.
        var licence = dataset.FindLicence(licenceNumber);
        return licence is null || licence.DateOfBirth != dob
            ? UlipProtocol.Item(SarathiPayload.NotFound, "ERROR", SarathiPayload.NotFoundCode)
            : UlipProtocol.Item(SarathiPayload.Render(licence, Today(time)));
    }

    public static async Task<IResult> FastagCrossings(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var (number, error) = await ReadVehicleNumberAsync(request, "vehiclenumber");
        return error ?? UlipProtocol.Item(FastagPayloads.Crossings(dataset.FindVehicle(number), time.GetUtcNow()));
    }

    public static async Task<IResult> FastagTagDetails(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var body = await UlipProtocol.ReadObjectAsync(request);
        var vehicleText = body?.Text("vehiclenumber");
        var tagText = body?.Text("tagid");
        if ((vehicleText is null) == (tagText is null))
        {
            return UlipProtocol.Failure(StatusCodes.Status400BadRequest, "Send either vehiclenumber or tagid");
        }

        SandboxVehicle? vehicle;
        if (vehicleText is not null)
        {
            if (!VehicleNumber.TryParse(vehicleText, out var number))
            {
                return UlipProtocol.Failure(StatusCodes.Status400BadRequest, "Invalid vehiclenumber");
            }

            vehicle = dataset.FindVehicle(number);
        }
        else
        {
            if (!FastagTagId.TryParse(tagText, out var tagId))
            {
                return UlipProtocol.Failure(StatusCodes.Status400BadRequest, "Invalid tagid");
            }

            vehicle = dataset.FindVehicleByTag(tagId);
        }

        return UlipProtocol.Item(FastagPayloads.TagDetails(vehicle, time.GetUtcNow()));
    }

    public static async Task<IResult> Echallan(HttpRequest request, UlipDataset dataset, TimeProvider time)
    {
        var (number, error) = await ReadVehicleNumberAsync(request, "vehicleNumber");
        return error ?? UlipProtocol.Item(EchallanPayload.Render(dataset.FindVehicle(number), Today(time)));
    }

    private static async Task<(VehicleNumber Number, IResult? Error)> ReadVehicleNumberAsync(HttpRequest request, string key)
    {
        var body = await UlipProtocol.ReadObjectAsync(request);
        var text = body?.Text(key);
        if (text is null)
        {
            return (default, UlipProtocol.Failure(StatusCodes.Status400BadRequest, $"{key} is required"));
        }

        return VehicleNumber.TryParse(text, out var number)
            ? (number, null)
            : (default, UlipProtocol.Failure(StatusCodes.Status400BadRequest, $"Invalid {key}"));
    }

    private static DateOnly Today(TimeProvider time) => Ist.Today(time.GetUtcNow());
}
