using Sangam.India.Companies;
using Sangam.India.Shipping;
using Sangam.India.Tax;
using Sangam.India.Vehicles;

namespace Sangam.India.Tests;

/// <summary>Parsing already-normalised input, the common case on every request, allocates nothing.</summary>
public class AllocationTests
{
    [Theory]
    [InlineData(typeof(Gstin), "27AAPFU0939F1ZV")]
    [InlineData(typeof(Pan), "AAPFU0939F")]
    [InlineData(typeof(Cin), "L17110MH1973PLC019786")]
    [InlineData(typeof(VehicleNumber), "MH12NW4402")]
    [InlineData(typeof(DrivingLicence), "HR5120210018922")]
    [InlineData(typeof(MobileNumber), "9876543210")]
    [InlineData(typeof(ContainerNumber), "CSQU3054383")]
    [InlineData(typeof(EWayBillNumber), "141234567890")]
    public void Parsing_a_normalised_value_allocates_nothing(Type identifier, string input)
    {
        var measure = typeof(AllocationTests).GetMethod(nameof(BytesAllocatedByParse), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(identifier);

        Assert.Equal(0L, (long)measure.Invoke(null, [input])!);
    }

    private static long BytesAllocatedByParse<T>(string input) where T : struct, IIdentifier<T>
    {
        // Warm up: static tables, regex construction and JIT allocate once.
        for (var i = 0; i < 3; i++)
        {
            Assert.True(T.TryParse(input, out _));
        }

        var parsed = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            parsed += T.TryParse(input, out _) ? 1 : 0;
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100, parsed);
        return allocated;
    }
}
