using System.Globalization;
using System.Xml.Linq;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// VAHAN's answer: an XML string with root <c>VehicleDetails</c> and mParivahan's <c>rc_*</c> elements, dates in the
/// registering state's format, owner names and chassis/engine tails masked, and the upstream's own misspelling
/// <c>stautsMessage</c>.
/// </summary>
internal static class VahanXml
{
    public const string NotFound = "Vehicle Details not Found";

    public static string Render(SandboxVehicle v, DateOnly today)
    {
        string Date(DateOnly date) => date.ToString(v.Rto.DateFormat, CultureInfo.InvariantCulture);
        string Days(int? days) => days is { } d ? Date(today.AddDays(d)) : "";
        string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

        var permitUntil = v.PermitDays is { } p ? today.AddDays(p) : (DateOnly?)null;
        var permitFrom = permitUntil?.AddYears(-5).AddDays(1);
        var details = new XElement("VehicleDetails",
            new XElement("stautsMessage", "OK"),
            new XElement("rc_regn_no", v.Number),
            new XElement("rc_regn_dt", Date(v.RegisteredOn)),
            new XElement("rc_regn_upto", Date(v.RegistrationValidUntil(today))),
            new XElement("rc_owner_sr", v.Financer is null ? "1" : "2"),
            new XElement("rc_owner_name", People.MaskName(v.OwnerName)),
            new XElement("rc_f_name", People.MaskName(v.FatherName)),
            new XElement("rc_present_address", v.Address),
            new XElement("rc_permanent_address", v.Address),
            new XElement("rc_mobile_no", "******" + v.Number[^4..]),
            new XElement("rc_vch_catg", v.Kind.Category()),
            new XElement("rc_vh_class_desc", v.Kind.ClassDescription()),
            new XElement("rc_chasi_no", People.MaskTail(v.Chassis, v.Chassis.Length - 5)),
            new XElement("rc_eng_no", People.MaskTail(v.Engine, v.Engine.Length - 5)),
            new XElement("rc_maker_desc", v.Maker),
            new XElement("rc_maker_model", v.Model),
            new XElement("rc_body_type_desc", v.BodyType),
            new XElement("rc_fuel_desc", v.Fuel),
            new XElement("rc_color", v.Colour),
            new XElement("rc_norms_desc", v.RegisteredOn >= new DateOnly(2020, 4, 1) ? "BHARAT STAGE VI" : "BHARAT STAGE IV"),
            new XElement("rc_fit_upto", Date(v.RegistrationValidUntil(today))),
            new XElement("rc_tax_upto", v.TaxDays is { } t ? Date(today.AddDays(t)) : "LTT"),
            new XElement("rc_financer", v.Financer ?? ""),
            new XElement("rc_insurance_comp", v.InsuranceCompany),
            new XElement("rc_insurance_policy_no", v.InsurancePolicy),
            new XElement("rc_insurance_upto", Days(v.InsuranceDays)),
            new XElement("rc_manu_month_yr", v.RegisteredOn.AddMonths(-1).ToString("M/yyyy", CultureInfo.InvariantCulture)),
            new XElement("rc_unld_wt", Number(v.UnladenWeightKg)),
            new XElement("rc_gvw", Number(v.GrossWeightKg)),
            new XElement("rc_no_cyl", Number(v.Cylinders)),
            new XElement("rc_cubic_cap", Number(v.CubicCapacity)),
            new XElement("rc_seat_cap", Number(v.Seats)),
            new XElement("rc_wheelbase", Number(v.WheelbaseMm)),
            new XElement("rc_registered_at", $"{v.Rto.Office}, {v.Rto.State}"),
            new XElement("rc_status_as_on", Date(today)),
            new XElement("rc_pucc_no", v.PuccNumber),
            new XElement("rc_pucc_upto", Days(v.PuccDays)),
            new XElement("rc_permit_no", v.PermitNumber ?? ""),
            new XElement("rc_permit_type", v.PermitType ?? ""),
            new XElement("rc_permit_issue_dt", permitFrom is { } issued ? Date(issued) : ""),
            new XElement("rc_permit_valid_from", permitFrom is { } from ? Date(from) : ""),
            new XElement("rc_permit_valid_upto", permitUntil is { } until ? Date(until) : ""),
            new XElement("rc_np_no", v.NationalPermitDays is null ? "" : $"NP/{v.Rto.StateLetters}/{v.RegisteredOn.Year}/{v.Number[^4..]}"),
            new XElement("rc_np_upto", Days(v.NationalPermitDays)),
            new XElement("rc_blacklist_status", v.Blacklisted ? "BLACKLISTED" : "NA"),
            new XElement("rc_noc_details", v.Status == "NOC ISSUED" ? $"NOC issued to {v.Rto.State} transport department" : "NA"),
            new XElement("rc_ncrb_status", "NA"),
            new XElement("rc_non_use_status", "NA"),
            new XElement("rc_status", v.Status),
            new XElement("rc_off_cd", v.Rto.Code[2..]),
            new XElement("state_cd", v.Rto.StateLetters));
        return details.ToString(SaveOptions.DisableFormatting);
    }
}
