using System.Text.Json;

namespace Sangam.Client.Vehicles;

/// <summary>A driving licence from SARATHI (<c>dldetobj[0]</c>): the licence, its holder and the classes of vehicle it covers.</summary>
/// <param name="Number">Licence number as SARATHI writes it, e.g. HR51 20210018922.</param>
/// <param name="Status">Licence status, e.g. Active.</param>
/// <param name="IssuedOn">Date of first issue.</param>
/// <param name="NonTransportValidUntil">Last day of validity for non-transport vehicles.</param>
/// <param name="TransportValidUntil">Last day of validity for transport vehicles; null without a transport class.</param>
/// <param name="RtoCode">Issuing RTO, e.g. HR51.</param>
/// <param name="RtoName">Issuing RTO's name.</param>
/// <param name="State">Issuing state.</param>
/// <param name="Holder">The holder.</param>
/// <param name="Classes">Classes of vehicle covered (<c>dlcovs</c>).</param>
public sealed record DrivingLicenceDetails(
    string? Number,
    string? Status,
    DateOnly? IssuedOn,
    DateOnly? NonTransportValidUntil,
    DateOnly? TransportValidUntil,
    string? RtoCode,
    string? RtoName,
    string? State,
    LicenceHolder Holder,
    IReadOnlyList<LicenceClass> Classes)
{
    internal static DrivingLicenceDetails? Parse(JsonElement payload)
    {
        // SARATHI says "not found" with errorcd -1 and a null dlobj, inside a SUCCESS item.
        var first = PayloadReader.Array(PayloadReader.AsObject(payload), "dldetobj").FirstOrDefault();
        if (first.ValueKind != JsonValueKind.Object || PayloadReader.Child(first, "dlobj") is not { } licence)
        {
            return null;
        }

        var holder = PayloadReader.Child(first, "bioObj");
        return new DrivingLicenceDetails(
            PayloadReader.Text(licence, "dlLicno"),
            PayloadReader.Text(licence, "dlStatus"),
            PayloadReader.Date(PayloadReader.Text(licence, "dlIssuedt")),
            PayloadReader.Date(PayloadReader.Text(licence, "dlNtValdtoDt")),
            PayloadReader.Date(PayloadReader.Text(licence, "dlTrValdtoDt")),
            PayloadReader.Text(licence, "dlRtoCode"),
            PayloadReader.Text(licence, "omRtoFullname"),
            PayloadReader.Text(licence, "stateName"),
            new LicenceHolder(
                PayloadReader.Text(holder, "bioFullName"),
                PayloadReader.Date(PayloadReader.Text(holder, "bioDob")),
                PayloadReader.Text(holder, "bioGenderDesc"),
                PayloadReader.Text(holder, "bioBloodGroup"),
                string.Join(", ", new[] { PayloadReader.Text(holder, "bioPermAdd1"), PayloadReader.Text(holder, "bioPermAdd2") }.OfType<string>())),
            [.. PayloadReader.Array(first, "dlcovs").Select(c => new LicenceClass(
                PayloadReader.Text(c, "covabbrv") ?? "",
                PayloadReader.Text(c, "covdesc"),
                PayloadReader.Date(PayloadReader.Text(c, "dcIssuedt"))))]);
    }
}

/// <summary>The holder of a driving licence.</summary>
/// <param name="FullName">Full name.</param>
/// <param name="DateOfBirth">Date of birth.</param>
/// <param name="Gender">Gender as SARATHI writes it.</param>
/// <param name="BloodGroup">Blood group.</param>
/// <param name="PermanentAddress">Permanent address, lines joined.</param>
public sealed record LicenceHolder(string? FullName, DateOnly? DateOfBirth, string? Gender, string? BloodGroup, string? PermanentAddress);

/// <summary>A class of vehicle a licence covers.</summary>
/// <param name="Code">SARATHI's abbreviation, e.g. LMV, MCWG, TRANS, HGMV.</param>
/// <param name="Description">SARATHI's description.</param>
/// <param name="IssuedOn">Day the class was added.</param>
public sealed record LicenceClass(string Code, string? Description, DateOnly? IssuedOn);
