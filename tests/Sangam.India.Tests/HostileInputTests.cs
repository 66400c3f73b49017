using Sangam.India.Companies;
using Sangam.India.EInvoicing;
using Sangam.India.Shipping;
using Sangam.India.Tax;
using Sangam.India.Vehicles;

namespace Sangam.India.Tests;

/// <summary>Every identifier meets the same hostile input and answers with a problem, never an exception.</summary>
public class HostileInputTests
{
    private static readonly Dictionary<string, Func<string?, ParseResult<string>>> Parsers = new()
    {
        ["Gstin"] = Use<Gstin>,
        ["Pan"] = Use<Pan>,
        ["Cin"] = Use<Cin>,
        ["Llpin"] = Use<Llpin>,
        ["CompanyIdentifier"] = Use<CompanyIdentifier>,
        ["VehicleNumber"] = Use<VehicleNumber>,
        ["DrivingLicence"] = Use<DrivingLicence>,
        ["MobileNumber"] = Use<MobileNumber>,
        ["FastagTagId"] = Use<FastagTagId>,
        ["FastagTid"] = Use<FastagTid>,
        ["FastagVehicleClass"] = Use<FastagVehicleClass>,
        ["ContainerNumber"] = Use<ContainerNumber>,
        ["FinancialYear"] = Use<FinancialYear>,
        ["Irn"] = Use<Irn>,
        ["EWayBillNumber"] = Use<EWayBillNumber>,
        ["EChallanNumber"] = Use<EChallanNumber>,
    };

    public static TheoryData<string> Identifiers => [.. Parsers.Keys];

    public static TheoryData<string, string?, string> HostileInputs()
    {
        var data = new TheoryData<string, string?, string>();
        foreach (var identifier in Parsers.Keys)
        {
            data.Add(identifier, null, "no value given");
            data.Add(identifier, "", "no value given");
            data.Add(identifier, "   \t\n ", "no value given");
            data.Add(identifier, new string('A', 100_000), "too long (100000 characters)");
            data.Add(identifier, new string(' ', 10_000), "too long (10000 characters)");
            data.Add(identifier, "  " + new string('9', 200) + "  ", "too long (200 characters)");
            data.Add(identifier, "२७AAPFU0939F1ZV", "character 1 is '२' (U+0968): a non-ASCII digit; only A-Z and 0-9 are allowed");
            data.Add(identifier, "ＭＨ12AB1234", "character 1 is 'Ｍ' (U+FF2D): a non-ASCII letter; only A-Z and 0-9 are allowed");
            data.Add(identifier, "MH12\u0000AB1234", "character 5 is U+0000: not allowed; only A-Z and 0-9 are allowed");
            data.Add(identifier, "MH12😀AB", "character 5 is U+D83D: not allowed; only A-Z and 0-9 are allowed");
            data.Add(identifier, "27AAPFU0939F1ZV'; DROP TABLE x;--", "character 16 is ''': not allowed; only A-Z and 0-9 are allowed");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileInputs))]
    public void Hostile_input_gets_a_problem_not_an_exception(string identifier, string? input, string problem)
    {
        var result = Parsers[identifier](input);

        Assert.False(result.IsValid);
        Assert.Equal(problem, result.Problem);
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void Random_printable_junk_never_throws(string identifier)
    {
        var random = new Random(identifier.Length);
        for (var n = 0; n < 2_000; n++)
        {
            var junk = new string(Enumerable.Range(0, random.Next(0, 40)).Select(_ => (char)random.Next(32, 0x3000)).ToArray());

            var result = Parsers[identifier](junk);

            Assert.True(result.IsValid || !string.IsNullOrEmpty(result.Problem));
        }
    }

    [Theory]
    [MemberData(nameof(Identifiers))]
    public void Default_values_are_empty_not_null(string identifier)
    {
        var value = identifier switch
        {
            "Gstin" => default(Gstin).Value,
            "Pan" => default(Pan).Value,
            "Cin" => default(Cin).Value,
            "Llpin" => default(Llpin).Value,
            "CompanyIdentifier" => default(CompanyIdentifier).Value,
            "VehicleNumber" => default(VehicleNumber).Value,
            "DrivingLicence" => default(DrivingLicence).Value,
            "MobileNumber" => default(MobileNumber).Value,
            "FastagTagId" => default(FastagTagId).Value,
            "FastagTid" => default(FastagTid).Value,
            "FastagVehicleClass" => default(FastagVehicleClass).Value,
            "ContainerNumber" => default(ContainerNumber).Value,
            "FinancialYear" => default(FinancialYear).Value,
            "Irn" => default(Irn).Value,
            "EWayBillNumber" => default(EWayBillNumber).Value,
            "EChallanNumber" => default(EChallanNumber).Value,
            _ => null,
        };

        Assert.Equal(string.Empty, value);
    }

    private static ParseResult<string> Use<T>(string? input) where T : struct, IIdentifier<T>
    {
        var result = T.Parse(input);
        var viaTry = T.TryParse(input, out var value);

        // TryParse and Parse must agree; the generic interface is how the API validates any field.
        Assert.Equal(result.IsValid, viaTry);
        return result.IsValid ? ParseResult.Success(value.Value, result.Warnings) : ParseResult.Failure<string>(result.Problem);
    }
}
