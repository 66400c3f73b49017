using System.Globalization;
using Sangam.Sandbox.Ulip.Dataset;

namespace Sangam.Sandbox.Ulip.Payloads;

/// <summary>
/// A vehicle's registration as VAHAN writes it (dates in the registering state's format, owner names and the tails
/// of chassis and engine numbers masked), laid out by <see cref="VahanXml"/> for VAHAN/01 and by
/// <see cref="VahanJson"/> for VAHAN/04.
/// </summary>
internal sealed record VahanFacts(SandboxVehicle Vehicle, DateOnly Today)
{
    public string RegistrationNumber => Vehicle.AnsweredWithRecordOf ?? Vehicle.Number;

    public string RtoNumber => Vehicle.Rto.Code[2..];

    public string OwnerName => People.MaskName(Vehicle.OwnerName);

    public string Chassis => People.MaskTail(Vehicle.Chassis, Vehicle.Chassis.Length - 5);

    public string Engine => People.MaskTail(Vehicle.Engine, Vehicle.Engine.Length - 5);

    public string Address => Vehicle.Address;

    public string RegisteredOn => Date(Vehicle.RegisteredOn);

    public string PurchasedOn => Date(Vehicle.RegisteredOn.AddDays(-2));

    public string RegistrationUpto => Date(Vehicle.RegistrationValidUntil(Today));

    public string FitnessUpto => RegistrationUpto;

    /// <summary>Lifetime tax (mode L) is paid until the registration lapses; transport vehicles pay for a period (mode Q).</summary>
    public string TaxUpto => Date(Vehicle.TaxDays is { } days ? Today.AddDays(days) : Vehicle.RegistrationValidUntil(Today));

    public string TaxMode => Vehicle.TaxDays is null ? "L" : "Q";

    public string InsuranceUpto => Date(Today.AddDays(Vehicle.InsuranceDays));

    public string PuccUpto => Date(Today.AddDays(Vehicle.PuccDays));

    public string StatusAsOn => Date(Today);

    public string Norms => Vehicle.RegisteredOn >= new DateOnly(2020, 4, 1) ? "BHARAT STAGE VI" : "BHARAT STAGE IV";

    public string ManufacturedMonthYear => Vehicle.RegisteredOn.AddMonths(-1).ToString("M/yyyy", CultureInfo.InvariantCulture);

    public string OwnerSerial => Vehicle.Financer is null ? "1" : "2";

    public string Blacklist => Vehicle.Blacklisted ? "BLACKLISTED" : "";

    public string Noc => Vehicle.Status == "NOC ISSUED" ? $"NOC issued to {Vehicle.Rto.State} transport department" : "";

    public string VehicleType => Vehicle.Kind.IsTransport() ? "T" : "N";

    public string OwnerCategory => Vehicle.Kind.IsTransport() && Vehicle.Kind != VehicleKind.LightGoods ? "FIRM" : "INDIVIDUAL";

    public string RegisteredAt => $"{Vehicle.Rto.Office}, {Vehicle.Rto.State}";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private string Date(DateOnly date) => date.ToString(Vehicle.Rto.DateFormat, CultureInfo.InvariantCulture);
}
