using Sangam.Sandbox.DataGovIn;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// The data.gov.in emulator answers in the shape the real API answers in: every key of a real answer (the emulator
/// adds metadata keys that no capture kept), records with exactly the real fields, all of them strings, and an LLP's
/// company-only fields as empty strings.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class DataGovInEmulatorShapeTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Theory]
    [InlineData("found_cin_infosys", SandboxCompanies.ListedWithFinancials)]
    [InlineData("found_llp_blank_fields", SandboxCompanies.Llp)]
    [InlineData("not_found_cin", SandboxCompanies.Unknown)]
    public async Task A_lookup_by_cin_answers_in_the_real_shape(string sampleId, string cin)
    {
        var real = JsonNode.Parse(UpstreamSample.Load("datagovin", sampleId).BodyText!)!;
        using var client = server.CreateClient();

        var emulated = JsonNode.Parse(await client.GetStringAsync(
            $"/sandbox/datagovin/resource/{DataGovInEmulator.CompanyMasterResource}?api-key=sandbox&format=json&filters[CIN]={cin}&offset=0&limit=1"))!;

        Assert.Empty(new JsonShape(real).Beyond(new JsonShape(emulated)));
        Assert.DoesNotContain(new JsonShape(emulated).Beyond(new JsonShape(real)), path => path.StartsWith("$.records", StringComparison.Ordinal));
        Assert.Equal((real["total"]!.GetValueKind(), real["limit"]!.GetValueKind()), (emulated["total"]!.GetValueKind(), emulated["limit"]!.GetValueKind()));
        if (real["records"]!.AsArray().FirstOrDefault() is JsonObject record)
        {
            var emulatedRecord = emulated["records"]![0]!.AsObject();
            Assert.All(emulatedRecord, field => Assert.Equal(System.Text.Json.JsonValueKind.String, field.Value!.GetValueKind()));
            Assert.Equal(EmptyFields(record), EmptyFields(emulatedRecord));
        }
    }

    private static string[] EmptyFields(JsonObject record) => [.. record.Where(f => (string?)f.Value == "").Select(f => f.Key).Order(StringComparer.Ordinal)];
}
