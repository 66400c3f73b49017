using System.Text.RegularExpressions;
using Sangam.India.Companies;
using Sangam.India.EInvoicing;
using Sangam.India.Shipping;
using Sangam.India.Tax;
using Sangam.India.Vehicles;

namespace Sangam.India.Tests;

/// <summary>The pattern a validation message shows must describe what the parser produces.</summary>
public class PatternTests
{
    [Theory]
    [InlineData(typeof(Gstin), " 27aapfu0939f1zv ")]
    [InlineData(typeof(Pan), "aapfu 0939 f")]
    [InlineData(typeof(Cin), "l17110mh1973plc019786")]
    [InlineData(typeof(Llpin), "aab1234")]
    [InlineData(typeof(CompanyIdentifier), "l17110mh1973plc019786")]
    [InlineData(typeof(VehicleNumber), "mh-12-nw-4402")]
    [InlineData(typeof(VehicleNumber), "22 bh 1234 aa")]
    [InlineData(typeof(DrivingLicence), "hr51 20210018922")]
    [InlineData(typeof(MobileNumber), "+91 98765 43210")]
    [InlineData(typeof(FastagTagId), "34161fa820328972487be420")]
    [InlineData(typeof(FastagTid), "e200680a0000400aac53cc34")]
    [InlineData(typeof(FastagVehicleClass), "vc 11")]
    [InlineData(typeof(ContainerNumber), "csqu 305438 3")]
    [InlineData(typeof(FinancialYear), "2023-2024")]
    [InlineData(typeof(Irn), "AFDCC32A0EAA3A054CFFCD251884D3E3F4F726B75C8943E7D35FBABC82F05D8A")]
    [InlineData(typeof(EWayBillNumber), "1412 3456 7890")]
    [InlineData(typeof(EChallanNumber), "dl116709230125092025")]
    public void Normalised_values_match_their_pattern(Type identifier, string input)
    {
        var check = typeof(PatternTests).GetMethod(nameof(Check), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(identifier);

        var (pattern, value) = ((string, string))check.Invoke(null, [input])!;

        Assert.Matches(new Regex(pattern), value);
        Assert.NotEqual(input, value);
    }

    private static (string Pattern, string Value) Check<T>(string input) where T : struct, IIdentifier<T>
    {
        var result = T.Parse(input);
        Assert.True(result.IsValid, result.Problem);
        Assert.Equal(result.Value.Value, result.Value.ToString());
        return (T.Pattern, result.Value.Value);
    }
}
