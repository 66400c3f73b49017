using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json.Serialization;
using Sangam.Api.Http.Errors;
using Sangam.Api.Vehicles.Readiness;
using Sangam.India.Vehicles;

namespace Sangam.Api.Vehicles;

/// <summary>Body of VAHAN, FASTAG (crossings) and ECHALLAN.</summary>
public sealed record VehicleNumberBody(
    [property: JsonPropertyName("vehiclenumber"), Description("Registration number; spaces, hyphens and case are ignored.")] string? VehicleNumber);

/// <summary>Body of SARATHI.</summary>
public sealed record DrivingLicenceBody(
    [property: JsonPropertyName("dlnumber"), Description("Driving licence number, e.g. HR51 20210018922.")] string? DlNumber,
    [property: JsonPropertyName("dob"), Description("The holder's date of birth, yyyy-MM-dd.")] string? Dob);

/// <summary>Body of FASTAG/02: exactly one of the two.</summary>
public sealed record FastagTagBody(
    [property: JsonPropertyName("vehiclenumber"), Description("Registration number (or send tagid).")] string? VehicleNumber,
    [property: JsonPropertyName("tagid"), Description("24 hexadecimal digits (or send vehiclenumber).")] string? TagId);

/// <summary>Body of the dispatch readiness check.</summary>
public sealed record ReadinessBody(
    [property: JsonPropertyName("vehiclenumber"), Description("Registration number of the vehicle to dispatch.")] string? VehicleNumber,
    [property: JsonPropertyName("dlnumber"), Description("The driver's licence number; optional, needs dob.")] string? DlNumber,
    [property: JsonPropertyName("dob"), Description("The driver's date of birth, yyyy-MM-dd.")] string? Dob)
{
    /// <summary>The vehicle and, when a licence or date of birth is given, the driver; else the 400 naming the first bad field.</summary>
    public bool TryRead(DateOnly today, out VehicleNumber vehicle, out DriverToCheck? driver, [NotNullWhen(false)] out ApiError? error)
    {
        (driver, error) = (null, null);
        if (!Sangam.India.Vehicles.VehicleNumber.TryParse(VehicleNumber, out vehicle))
        {
            error = VehiclesApi.InvalidVehicleNumber;
            return false;
        }

        if (string.IsNullOrWhiteSpace(DlNumber) && string.IsNullOrWhiteSpace(Dob))
        {
            return true;
        }

        if (!DrivingLicence.TryParse(DlNumber, out var licence))
        {
            error = VehiclesApi.InvalidLicence;
            return false;
        }

        if (!DateOfBirth.TryParse(Dob, today, out var dob))
        {
            error = VehiclesApi.InvalidDateOfBirth;
            return false;
        }

        driver = new DriverToCheck(licence, dob);
        return true;
    }
}

/// <summary>The date-of-birth field: the format SARATHI asks for.</summary>
public static class DateOfBirth
{
    public const string Pattern = "^(19|20)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$";

    public const string Example = "1987-05-26";

    /// <summary>A real calendar date in yyyy-MM-dd that is not in the future.</summary>
    public static bool TryParse(string? text, DateOnly today, out DateOnly dateOfBirth) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out dateOfBirth)
        && dateOfBirth.Year >= 1900 && dateOfBirth <= today;
}
