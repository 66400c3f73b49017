using System.Text.Json.Nodes;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// VAHAN/04's answer: the registration as a JSON object with camelCase keys, in the order of NLDSL's documented record
/// (v6.0). Unlike VAHAN/01 it carries the PUC certificate (<c>rcPuccNo</c>, <c>rcPuccUpto</c>); like it, no permit.
/// </summary>
internal static class VahanJson
{
    public static JsonObject Render(SandboxVehicle vehicle, DateOnly today)
    {
        var v = new VahanFacts(vehicle, today);
        return new JsonObject
        {
            ["stautsMessage"] = "OK",
            ["stateCd"] = vehicle.Rto.StateLetters,
            ["rtoCd"] = v.RtoNumber,
            ["rcRegnNo"] = v.RegistrationNumber,
            ["rcRegnDt"] = v.RegisteredOn,
            ["rcPurchaseDt"] = v.PurchasedOn,
            ["rcChasiNo"] = v.Chassis,
            ["rcEngNo"] = v.Engine,
            ["rcVhClassDesc"] = vehicle.Kind.ShortClassDescription(),
            ["rcMakerDesc"] = vehicle.Maker,
            ["rcMakerModel"] = vehicle.Model,
            ["rcBodyTypeDesc"] = vehicle.BodyType,
            ["rcFuelDesc"] = vehicle.Fuel,
            ["rcColor"] = vehicle.Colour,
            ["rcOwnerName"] = v.OwnerName,
            ["rcPermanentAddress"] = v.Address,
            ["rcPresentAddress"] = v.Address,
            ["rcFitUpto"] = v.FitnessUpto,
            ["rcNormsDesc"] = v.Norms,
            ["rcFinancer"] = vehicle.Financer ?? "",
            ["rcRegisteredAt"] = v.RegisteredAt,
            ["rcStatusAsOn"] = v.StatusAsOn + " 12:00:00",
            ["rcManuMonthYr"] = v.ManufacturedMonthYear,
            ["rcUnldWt"] = VahanFacts.Number(vehicle.UnladenWeightKg),
            ["rcVchCatg"] = vehicle.Kind.Category(),
            ["rcGvw"] = VahanFacts.Number(vehicle.GrossWeightKg),
            ["rcNoCyl"] = VahanFacts.Number(vehicle.Cylinders),
            ["rcCubicCap"] = VahanFacts.Number(vehicle.CubicCapacity) + ".00",
            ["rcSeatCap"] = VahanFacts.Number(vehicle.Seats),
            ["rcWheelbase"] = VahanFacts.Number(vehicle.WheelbaseMm),
            ["rcStandCap"] = "0",
            ["rcSleeperCap"] = "",
            ["rcOwnerSr"] = v.OwnerSerial,
            ["rcPuccUpto"] = v.PuccUpto,
            ["rcPuccNo"] = vehicle.PuccNumber,
            ["rcBlacklistStatus"] = v.Blacklist,
            ["rcNocDetails"] = v.Noc,
            ["rcNocDt"] = "",
            ["rcVhClass"] = 1,
            ["rcVhType"] = v.VehicleType,
            ["rcFuelCd"] = "1",
            ["rcMakerCd"] = "36",
            ["rcModelCd"] = vehicle.Model,
            ["rcSaleAmt"] = "",
            ["rcRegnUpto"] = v.RegistrationUpto,
            ["rcOwnCatgDesc"] = "OTHERS",
            ["rcVchCatgDesc"] = vehicle.Kind.CategoryDescription(),
            ["rcOwnerCdDesc"] = v.OwnerCategory,
            ["rcPassengerTax"] = "",
            ["rcGoodsTax"] = "",
            ["rcOwnerHistory"] = new JsonArray(new JsonObject { ["stateCd"] = "", ["offName"] = "", ["ownerSr"] = 0, ["ownerName"] = "" }),
            ["rcTaxUpto"] = v.TaxUpto,
            ["rcTaxMode"] = v.TaxMode,
            ["rcInsuranceComp"] = vehicle.InsuranceCompany,
            ["rcInsurancePolicyNo"] = vehicle.InsurancePolicy,
            ["rcInsuranceUpto"] = v.InsuranceUpto,
            ["rcStatus"] = vehicle.Status,
        };
    }
}
