using System.Xml.Linq;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// VAHAN/01's answer: an XML string with root <c>VehicleDetails</c> and the elements of NLDSL's documented record
/// (v6.0), in its order and with its misspelt <c>stautsMessage</c>. Like the real record it carries no PUC
/// certificate and no permit. "Not found" is the same root with only a status message.
/// </summary>
internal static class VahanXml
{
    public const string NotFound = "Vehicle Data Not Found";

    private const string Declaration = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";

    public static string Render(SandboxVehicle vehicle, DateOnly today)
    {
        var v = new VahanFacts(vehicle, today);
        return vehicle.SparseRecord ? Sparse(v) : Document(
            ("stautsMessage", "OK"), ("rc_regn_no", v.RegistrationNumber), ("rc_regn_dt", v.RegisteredOn), ("rc_regn_upto", v.RegistrationUpto),
            ("rc_purchase_dt", v.PurchasedOn), ("rc_owner_sr", v.OwnerSerial), ("rc_owner_name", v.OwnerName), ("state_cd", vehicle.Rto.StateLetters),
            ("rto_cd", v.RtoNumber), ("rc_present_address", v.Address), ("rc_permanent_address", v.Address), ("rc_vch_catg", vehicle.Kind.Category()),
            ("rc_vh_class_desc", vehicle.Kind.ClassDescription()), ("rc_vhclass_desc", vehicle.Kind.ShortClassDescription()), ("rc_chasi_no", v.Chassis),
            ("rc_eng_no", v.Engine), ("rc_maker_desc", vehicle.Maker), ("rc_maker_model", vehicle.Model), ("rc_body_type_desc", vehicle.BodyType),
            ("rc_fuel_desc", vehicle.Fuel), ("rc_color", vehicle.Colour), ("rc_norms_desc", v.Norms), ("rc_fit_upto", v.FitnessUpto), ("rc_tax_upto", v.TaxUpto),
            ("rc_financer", vehicle.Financer ?? ""), ("rc_insurance_comp", vehicle.InsuranceCompany), ("rc_insurance_policy_no", vehicle.InsurancePolicy),
            ("rc_insurance_upto", v.InsuranceUpto), ("rc_manu_month_yr", v.ManufacturedMonthYear), ("rc_unld_wt", VahanFacts.Number(vehicle.UnladenWeightKg)),
            ("rc_gvw", VahanFacts.Number(vehicle.GrossWeightKg)), ("rc_no_cyl", VahanFacts.Number(vehicle.Cylinders)),
            ("rc_cubic_cap", VahanFacts.Number(vehicle.CubicCapacity) + ".00"), ("rc_seat_cap", VahanFacts.Number(vehicle.Seats)), ("rc_sleeper_cap", ""),
            ("rc_stand_cap", "0"), ("rc_wheelbase", VahanFacts.Number(vehicle.WheelbaseMm)), ("rc_registered_at", v.RegisteredAt), ("rc_status_as_on", v.StatusAsOn),
            ("rc_status", vehicle.Status), ("rc_blacklist_status", v.Blacklist), ("rc_noc_details", v.Noc), ("rc_vh_type", v.VehicleType),
            ("rc_vh_class", "1"), ("rc_noc_dt", ""), ("rc_fuel_cd", "1"), ("rc_maker_cd", "36"), ("rc_model_cd", vehicle.Model), ("rc_norms_cd", "0"),
            ("rc_sale_amt", ""), ("rc_own_catg_desc", "OTHERS"), ("rc_vch_catg_desc", vehicle.Kind.CategoryDescription()), ("rc_owner_cd_desc", v.OwnerCategory),
            ("rc_vehicle_surrendered_to_dealer", "0"), ("rc_currentadd_districtcode", "0"), ("rc_non_use", "false"), ("rc_passenger_tax", ""),
            ("rc_goods_tax", ""), ("rc_tax_mode", v.TaxMode));
    }

    public static string NotFoundDocument() => Document(("stautsMessage", NotFound));

    // NIC's older VahanInfo record: nine elements, no status, category or validity dates, on one line.
    private static string Sparse(VahanFacts v) =>
        Declaration.Replace('"', '\'') + new XElement("VehicleDetails",
            new XElement("stautsMessage", "OK"), new XElement("rc_regn_no", v.RegistrationNumber), new XElement("rc_owner_name", v.OwnerName),
            new XElement("rc_vh_class_desc", v.Vehicle.Kind.ClassDescription()), new XElement("rc_chasi_no", v.Chassis), new XElement("rc_eng_no", v.Engine),
            new XElement("rc_maker_desc", v.Vehicle.Maker), new XElement("rc_maker_model", v.Vehicle.Model), new XElement("rc_status_as_on", v.StatusAsOn))
            .ToString(SaveOptions.DisableFormatting);

    private static string Document(params (string Name, string Value)[] elements) =>
        Declaration + "\n<VehicleDetails>\n" + string.Concat(elements.Select(e => $" {new XElement(e.Name, e.Value).ToString(SaveOptions.DisableFormatting)}\n")) + "</VehicleDetails>\n";
}
