using Sangam.India.Vehicles;

namespace Sangam.India.Tests.Vehicles;

public class FastagTests
{
    [Theory]
    [InlineData("34161FA820328972487BE420", "34161FA820328972487BE420")]
    [InlineData(" 34161fa820328972487be420 ", "34161FA820328972487BE420")]
    [InlineData("34161FA8-20328972-487BE420", "34161FA820328972487BE420")]
    public void Tag_ids_are_normalised(string text, string value)
    {
        var tag = FastagTagId.Parse(text).Value;

        Assert.Equal(value, tag.Value);
        Assert.Matches(FastagTagId.Pattern, tag.Value);
    }

    [Fact]
    public void TIDs_are_normalised()
    {
        Assert.Equal("E200680A0000400AAC53CC34", FastagTid.Parse("e200680a0000400aac53cc34").Value.Value);
    }

    [Theory]
    [InlineData("34161FA820328972487BE42", "expected 24 characters, got 23 (hexadecimal)")]
    [InlineData("34161FA820328972487BG420", "character 21 should be a hexadecimal digit but is 'G'")]
    public void Bad_ids_are_explained(string text, string problem)
    {
        Assert.Equal(problem, FastagTagId.Parse(text).Problem);
        Assert.Equal(problem, FastagTid.Parse(text).Problem);
    }

    [Theory]
    [InlineData("A", FastagTagStatus.Active)]
    [InlineData("I", FastagTagStatus.Inactive)]
    [InlineData("B", FastagTagStatus.Blacklisted)]
    [InlineData("H", FastagTagStatus.Hotlisted)]
    [InlineData("C", FastagTagStatus.Closed)]
    [InlineData("L", FastagTagStatus.Lost)]
    [InlineData("E", FastagTagStatus.Exception)]
    [InlineData(" b ", FastagTagStatus.Blacklisted)]
    public void Tag_status_codes_map_both_ways(string code, FastagTagStatus status)
    {
        Assert.True(FastagTagStatusCode.TryParse(code, out var parsed));
        Assert.Equal(status, parsed);
        Assert.Equal(code.Trim().ToUpperInvariant(), status.ToCode());
    }

    [Theory]
    [InlineData("X")]
    [InlineData("AA")]
    [InlineData("Active")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_tag_statuses_are_rejected(string? code)
    {
        var result = FastagTagStatusCode.Parse(code);

        Assert.False(result.IsValid);
        Assert.NotNull(result.Problem);
    }

    [Fact]
    public void Every_tag_status_has_a_code()
    {
        Assert.All(Enum.GetValues<FastagTagStatus>(), status => Assert.Equal(status, FastagTagStatusCode.Parse(status.ToCode()).Value));
    }

    [Fact]
    public void Vehicle_classes_VC4_to_VC20_are_accepted()
    {
        for (var number = 4; number <= 20; number++)
        {
            var vehicleClass = FastagVehicleClass.Parse($"VC{number}").Value;

            Assert.Equal(number, vehicleClass.Number);
            Assert.Equal($"VC{number}", vehicleClass.Value);
            Assert.Matches(FastagVehicleClass.Pattern, vehicleClass.Value);
        }
    }

    [Theory]
    [InlineData("vc11", "VC11")]
    [InlineData(" VC 4 ", "VC4")]
    [InlineData("VC04", "VC4")]
    public void Vehicle_class_input_is_normalised(string text, string value)
    {
        Assert.Equal(value, FastagVehicleClass.Parse(text).Value.Value);
    }

    [Theory]
    [InlineData("VC3")]
    [InlineData("VC21")]
    [InlineData("VC")]
    [InlineData("XC11")]
    [InlineData("11")]
    [InlineData("VC100")]
    public void Other_vehicle_classes_are_rejected(string text)
    {
        Assert.Contains("expected VC4 to VC20", FastagVehicleClass.Parse(text).Problem, StringComparison.Ordinal);
    }
}
