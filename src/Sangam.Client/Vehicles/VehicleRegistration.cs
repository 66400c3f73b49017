using System.Xml;
using System.Xml.Linq;

namespace Sangam.Client.Vehicles;

/// <summary>
/// A registration certificate (RC) from VAHAN, read from its XML (<c>VehicleDetails</c>, <c>rc_*</c> elements).
/// Dates are dates whichever way the state wrote them; masked values (owner names, chassis and engine tails) are
/// kept as VAHAN masked them. <see cref="Elements"/> holds every element as text, including ones not typed here.
/// </summary>
public sealed record VehicleRegistration
{
    /// <summary>Registration number (<c>rc_regn_no</c>).</summary>
    public required string RegistrationNumber { get; init; }

    /// <summary>Registration date (<c>rc_regn_dt</c>).</summary>
    public DateOnly? RegisteredOn { get; init; }

    /// <summary>Last day of the registration's validity (<c>rc_regn_upto</c>).</summary>
    public DateOnly? RegistrationValidUntil { get; init; }

    /// <summary>Registration status, e.g. ACTIVE (<c>rc_status</c>).</summary>
    public string? Status { get; init; }

    /// <summary>Day the status was reported for (<c>rc_status_as_on</c>).</summary>
    public DateOnly? StatusAsOn { get; init; }

    /// <summary>Registering office and state (<c>rc_registered_at</c>).</summary>
    public string? RegisteredAt { get; init; }

    /// <summary>Owner's name, masked (<c>rc_owner_name</c>).</summary>
    public string? OwnerName { get; init; }

    /// <summary>Owner serial: 1 for the first owner (<c>rc_owner_sr</c>).</summary>
    public int? OwnerSerial { get; init; }

    /// <summary>Father's or husband's name, masked (<c>rc_f_name</c>).</summary>
    public string? FatherName { get; init; }

    /// <summary>Present address (<c>rc_present_address</c>).</summary>
    public string? PresentAddress { get; init; }

    /// <summary>Permanent address (<c>rc_permanent_address</c>).</summary>
    public string? PermanentAddress { get; init; }

    /// <summary>Vehicle class, e.g. Goods Carrier (<c>rc_vh_class_desc</c>).</summary>
    public string? VehicleClass { get; init; }

    /// <summary>Vehicle category, e.g. HGV, LMV, 2WN (<c>rc_vch_catg</c>).</summary>
    public string? Category { get; init; }

    /// <summary>Maker (<c>rc_maker_desc</c>).</summary>
    public string? Maker { get; init; }

    /// <summary>Model (<c>rc_maker_model</c>).</summary>
    public string? Model { get; init; }

    /// <summary>Body type (<c>rc_body_type_desc</c>).</summary>
    public string? BodyType { get; init; }

    /// <summary>Fuel (<c>rc_fuel_desc</c>).</summary>
    public string? Fuel { get; init; }

    /// <summary>Colour (<c>rc_color</c>).</summary>
    public string? Colour { get; init; }

    /// <summary>Emission norms, e.g. BHARAT STAGE VI (<c>rc_norms_desc</c>).</summary>
    public string? EmissionNorms { get; init; }

    /// <summary>Chassis number with its tail masked (<c>rc_chasi_no</c>).</summary>
    public string? ChassisNumber { get; init; }

    /// <summary>Engine number with its tail masked (<c>rc_eng_no</c>).</summary>
    public string? EngineNumber { get; init; }

    /// <summary>Month and year of manufacture as written, e.g. 3/2019 (<c>rc_manu_month_yr</c>).</summary>
    public string? ManufacturedMonthYear { get; init; }

    /// <summary>Gross vehicle weight in kg (<c>rc_gvw</c>).</summary>
    public int? GrossVehicleWeightKg { get; init; }

    /// <summary>Unladen weight in kg (<c>rc_unld_wt</c>).</summary>
    public int? UnladenWeightKg { get; init; }

    /// <summary>Seating capacity (<c>rc_seat_cap</c>).</summary>
    public int? SeatingCapacity { get; init; }

    /// <summary>Engine capacity in cc (<c>rc_cubic_cap</c>).</summary>
    public decimal? CubicCapacity { get; init; }

    /// <summary>Financier holding a hypothecation, if any (<c>rc_financer</c>).</summary>
    public string? Financer { get; init; }

    /// <summary>Insurer (<c>rc_insurance_comp</c>).</summary>
    public string? InsuranceCompany { get; init; }

    /// <summary>Insurance policy number (<c>rc_insurance_policy_no</c>).</summary>
    public string? InsurancePolicyNumber { get; init; }

    /// <summary>Last day of insurance cover (<c>rc_insurance_upto</c>).</summary>
    public DateOnly? InsuranceValidUntil { get; init; }

    /// <summary>Last day of the fitness certificate (<c>rc_fit_upto</c>).</summary>
    public DateOnly? FitnessValidUntil { get; init; }

    /// <summary>Road tax paid up to, as written: a date, or e.g. LTT for lifetime tax (<c>rc_tax_upto</c>).</summary>
    public string? TaxPaidUpto { get; init; }

    /// <summary><see cref="TaxPaidUpto"/> as a date; null for lifetime tax.</summary>
    public DateOnly? TaxValidUntil { get; init; }

    /// <summary>Pollution-under-control certificate number (<c>rc_pucc_no</c>).</summary>
    public string? PuccNumber { get; init; }

    /// <summary>Last day of the PUC certificate (<c>rc_pucc_upto</c>).</summary>
    public DateOnly? PuccValidUntil { get; init; }

    /// <summary>Permit number (<c>rc_permit_no</c>).</summary>
    public string? PermitNumber { get; init; }

    /// <summary>Permit type, e.g. National Permit (<c>rc_permit_type</c>).</summary>
    public string? PermitType { get; init; }

    /// <summary>First day of the permit (<c>rc_permit_valid_from</c>).</summary>
    public DateOnly? PermitValidFrom { get; init; }

    /// <summary>Last day of the permit (<c>rc_permit_valid_upto</c>).</summary>
    public DateOnly? PermitValidUntil { get; init; }

    /// <summary>National permit authorisation number (<c>rc_np_no</c>).</summary>
    public string? NationalPermitNumber { get; init; }

    /// <summary>Last day of the national permit authorisation (<c>rc_np_upto</c>).</summary>
    public DateOnly? NationalPermitValidUntil { get; init; }

    /// <summary>Blacklist status; NA when not blacklisted (<c>rc_blacklist_status</c>).</summary>
    public string? BlacklistStatus { get; init; }

    /// <summary>Every element of the record, by name, as text.</summary>
    public required IReadOnlyDictionary<string, string> Elements { get; init; }

    /// <summary>Reads VAHAN's XML; null when it is not a <c>VehicleDetails</c> record (e.g. "Vehicle Details not Found").</summary>
    public static VehicleRegistration? Parse(string? xml)
    {
        if (xml is null || !xml.TrimStart().StartsWith('<'))
        {
            return null;
        }

        XElement root;
        try
        {
            root = XElement.Parse(xml);
        }
        catch (XmlException)
        {
            return null;
        }

        if (root.Name.LocalName != "VehicleDetails")
        {
            return null;
        }

        var elements = root.Elements().GroupBy(e => e.Name.LocalName).ToDictionary(g => g.Key, g => g.First().Value.Trim(), StringComparer.Ordinal);
        string? Text(string name) => elements.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        return new VehicleRegistration
        {
            RegistrationNumber = Text("rc_regn_no") ?? "",
            RegisteredOn = PayloadReader.Date(Text("rc_regn_dt")),
            RegistrationValidUntil = PayloadReader.Date(Text("rc_regn_upto")),
            Status = Text("rc_status"),
            StatusAsOn = PayloadReader.Date(Text("rc_status_as_on")),
            RegisteredAt = Text("rc_registered_at"),
            OwnerName = Text("rc_owner_name"),
            OwnerSerial = PayloadReader.Integer(Text("rc_owner_sr")),
            FatherName = Text("rc_f_name"),
            PresentAddress = Text("rc_present_address"),
            PermanentAddress = Text("rc_permanent_address"),
            VehicleClass = Text("rc_vh_class_desc"),
            Category = Text("rc_vch_catg"),
            Maker = Text("rc_maker_desc"),
            Model = Text("rc_maker_model"),
            BodyType = Text("rc_body_type_desc"),
            Fuel = Text("rc_fuel_desc"),
            Colour = Text("rc_color"),
            EmissionNorms = Text("rc_norms_desc"),
            ChassisNumber = Text("rc_chasi_no"),
            EngineNumber = Text("rc_eng_no"),
            ManufacturedMonthYear = Text("rc_manu_month_yr"),
            GrossVehicleWeightKg = PayloadReader.Integer(Text("rc_gvw")),
            UnladenWeightKg = PayloadReader.Integer(Text("rc_unld_wt")),
            SeatingCapacity = PayloadReader.Integer(Text("rc_seat_cap")),
            CubicCapacity = PayloadReader.Amount(Text("rc_cubic_cap")),
            Financer = Text("rc_financer"),
            InsuranceCompany = Text("rc_insurance_comp"),
            InsurancePolicyNumber = Text("rc_insurance_policy_no"),
            InsuranceValidUntil = PayloadReader.Date(Text("rc_insurance_upto")),
            FitnessValidUntil = PayloadReader.Date(Text("rc_fit_upto")),
            TaxPaidUpto = Text("rc_tax_upto"),
            TaxValidUntil = PayloadReader.Date(Text("rc_tax_upto")),
            PuccNumber = Text("rc_pucc_no"),
            PuccValidUntil = PayloadReader.Date(Text("rc_pucc_upto")),
            PermitNumber = Text("rc_permit_no"),
            PermitType = Text("rc_permit_type"),
            PermitValidFrom = PayloadReader.Date(Text("rc_permit_valid_from")),
            PermitValidUntil = PayloadReader.Date(Text("rc_permit_valid_upto")),
            NationalPermitNumber = Text("rc_np_no"),
            NationalPermitValidUntil = PayloadReader.Date(Text("rc_np_upto")),
            BlacklistStatus = Text("rc_blacklist_status"),
            Elements = elements,
        };
    }
}
