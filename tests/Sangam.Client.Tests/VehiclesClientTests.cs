using Sangam.Client;
using Sangam.Client.Vehicles;
using Sangam.India;
using Sangam.India.Vehicles;
using Sangam.Sandbox.Faults;

namespace Sangam.Client.Tests;

public sealed class VehiclesClientTests(SangamServer server) : IClassFixture<SangamServer>
{
    [Fact]
    public async Task The_registration_is_a_typed_record_with_dates_as_dates_and_masks_kept()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());
        var today = Ist.Today(server.Clock.GetUtcNow());

        var result = await client.Vehicles.GetRegistrationAsync("KA 01 AB 1234");

        Assert.True(result.Found);
        var rc = result.Record!;
        Assert.Equal("KA01AB1234", rc.RegistrationNumber);
        Assert.Equal("ACTIVE", rc.Status);
        Assert.Equal("HGV", rc.Category);
        Assert.Equal(today.AddDays(-20), rc.InsuranceValidUntil);
        Assert.Null(rc.PuccValidUntil); // VAHAN/01 carries no PUC certificate; readiness asks VAHAN/04
        Assert.Equal(today.AddDays(410), rc.FitnessValidUntil);
        Assert.NotNull(rc.RegisteredOn);
        Assert.Contains('*', rc.OwnerName!);
        Assert.EndsWith("*****", rc.ChassisNumber, StringComparison.Ordinal);
        Assert.Equal(rc.GrossVehicleWeightKg?.ToString(System.Globalization.CultureInfo.InvariantCulture), rc.Elements["rc_gvw"]);
        Assert.Contains("<VehicleDetails>", result.RawPayload.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_found_is_an_answer_with_the_raw_payload_not_an_exception()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());

        var result = await client.Vehicles.GetRegistrationAsync("MH01ZZ9999");

        Assert.False(result.Found);
        Assert.Null(result.Record);
        Assert.Equal("ERROR", result.ResponseStatus);
        Assert.Equal("Vehicle Details not Found", result.RawPayload.GetString());
    }

    [Fact]
    public async Task The_licence_lists_its_classes_and_validities()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());

        var result = await client.Vehicles.GetDrivingLicenceAsync("GJ04 20120005008", new DateOnly(1987, 5, 26));
        var wrongDob = await client.Vehicles.GetDrivingLicenceAsync("GJ04 20120005008", new DateOnly(1987, 5, 27));

        var licence = result.Record!;
        Assert.Equal("GJ04 20120005008", licence.Number);
        Assert.Equal("Active", licence.Status);
        Assert.Equal(new DateOnly(1987, 5, 26), licence.Holder.DateOfBirth);
        Assert.Equal(["MCWG", "LMV", "HGMV", "TRANS"], licence.Classes.Select(c => c.Code));
        Assert.Equal(Ist.Today(server.Clock.GetUtcNow()).AddDays(700), licence.TransportValidUntil);
        Assert.False(wrongDob.Found);
    }

    [Fact]
    public async Task Tags_carry_their_status_as_an_enum()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());

        var replaced = await client.Vehicles.GetFastagsAsync("AP16TL3333");
        var inactive = await client.Vehicles.GetFastagsAsync("MP09HF4987");
        var byTag = await client.Vehicles.GetFastagByTagIdAsync("34161FA820328972487BE420");
        var none = await client.Vehicles.GetFastagsAsync("OD02CZ2020");

        Assert.Equal([FastagTagStatus.Lost, FastagTagStatus.Active], replaced.Record!.Select(t => t.Status));
        Assert.Equal([FastagTagStatus.Inactive, FastagTagStatus.Inactive, FastagTagStatus.Active], inactive.Record!.Select(t => t.Status));
        var tag = Assert.Single(byTag.Record!);
        Assert.Equal("MP09DJ2744", tag.VehicleNumber);
        Assert.Equal(new DateOnly(2024, 4, 9), tag.IssuedOn);
        Assert.True(tag.Commercial);
        Assert.False(none.Found);
    }

    [Fact]
    public async Task Crossings_are_instants_with_plaza_coordinates()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());
        var now = server.Clock.GetUtcNow();

        var result = await client.Vehicles.GetTollCrossingsAsync("MH12NW4402");

        Assert.NotEmpty(result.Record!);
        Assert.All(result.Record!, c =>
        {
            Assert.InRange(c.ReadAt!.Value, now.AddHours(-72), now);
            Assert.NotNull(c.Latitude);
            Assert.NotNull(c.Longitude);
            Assert.Equal("MH12NW4402", c.VehicleNumber);
        });
        Assert.Equal(result.Record!.OrderByDescending(c => c.ReadAt), result.Record);
    }

    [Fact]
    public async Task Challans_read_amounts_whatever_type_the_state_sent()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());

        var result = await client.Vehicles.GetChallansAsync("TN09BZ7777");
        var clean = await client.Vehicles.GetChallansAsync("MH12NW4402");
        var none = await client.Vehicles.GetChallansAsync("MH01ZZ9999");

        var challans = result.Record!;
        Assert.Equal(3, challans.Pending.Count);
        Assert.Equal(2, challans.Disposed.Count);
        Assert.Equal(24000m, challans.PendingAmount);
        Assert.All(challans.Pending, c => Assert.NotNull(c.IssuedAt));
        Assert.All(challans.Disposed, c => Assert.Equal(c.Fine, c.ReceivedAmount));
        Assert.True(challans.Pending[0].Raw.TryGetProperty("sent_to_virtual_court", out _));
        Assert.Empty(clean.Record!.Pending);
        Assert.False(none.Found);
    }

    [Fact]
    public async Task Readiness_is_typed_with_its_verdict_and_checks()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync());

        var readiness = await client.Vehicles.CheckReadinessAsync("TG09HP1212", "HR51 20210018922", new DateOnly(1987, 5, 26));
        var vehicleOnly = await client.Vehicles.CheckReadinessAsync("MH12NW4402");

        Assert.Equal(ReadinessVerdict.NotReady, readiness.Verdict);
        Assert.False(readiness.Dispatchable);
        Assert.Equal(CheckStatus.Fail, readiness.Checks.Single(c => c.Name == "licence_class").Status);
        Assert.Equal("MCWG, LMV", readiness.Checks.Single(c => c.Name == "licence_class").Evidence["covabbrv"]);
        Assert.Equal(ReadinessVerdict.Ready, vehicleOnly.Verdict);
        Assert.Equal(CheckStatus.NotChecked, vehicleOnly.Checks.Single(c => c.Name == "licence").Status);
        Assert.Equal(CheckStatus.Unavailable, vehicleOnly.Checks.Single(c => c.Name == "permit").Status);
        Assert.Equal("found", vehicleOnly.Sources.Single(s => s.Service == "VAHAN/04").Outcome);
    }

    [Fact]
    public async Task Bad_input_and_failed_upstreams_are_typed_exceptions()
    {
        using var client = server.ClientFor(await server.CreateAccountAsync(), o => o.MaxRetries = 0);

        var invalid = await Assert.ThrowsAsync<SangamValidationException>(() => client.Vehicles.GetRegistrationAsync("MH12"));
        server.Faults.Set("ulip-echallan", new FaultProfile { ErrorRate = 1 });
        SangamUpstreamException failed;
        try
        {
            failed = await Assert.ThrowsAsync<SangamUpstreamException>(() => client.Vehicles.GetChallansAsync("TN09BZ7777"));
        }
        finally
        {
            server.Faults.Reset();
        }

        Assert.Contains("vehiclenumber", invalid.ErrorMessage, StringComparison.Ordinal);
        Assert.False(failed.IsTimeout);
        Assert.True(failed.Retryable);
        Assert.Contains("ULIP ECHALLAN/01", failed.ErrorMessage, StringComparison.Ordinal);
    }
}
