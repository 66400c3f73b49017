using System.Xml.Linq;
using Sangam.Api.Tests.Vehicles;
using Sangam.Sandbox.Faults;
using Sangam.Sandbox.Ulip;

namespace Sangam.Api.Tests.Upstreams;

/// <summary>
/// The ULIP emulator answers in the shapes real ULIP answers in: for each real sample, the emulator's answer to the
/// same kind of request has the same HTTP status, the same JSON keys (a null standing for any subtree) and, for
/// VAHAN/01's XML, the same elements in the same order.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class UlipEmulatorShapeTests(SangamServer server) : IClassFixture<SangamServer>, IDisposable
{
    private const string Api = Lookups.UlipEmulatorApi;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "login_ok", "user/login", $$"""{"username": "{{UlipEmulatorOptions.DefaultUsername}}", "password": "{{UlipEmulatorOptions.DefaultPassword}}"}""" },
        { "login_412_ip_not_allowlisted", "user/login", """{"username": "someone-ulip-does-not-know", "password": "x"}""" },
        { "vahan01_found_up91l0001", "VAHAN/01", """{"vehiclenumber": "MH12NW4402"}""" },
        { "vahan01_staging_other_vehicle", "VAHAN/01", """{"vehiclenumber": "UP32KH0320"}""" },
        { "vahan_not_found_xml", "VAHAN/01", """{"vehiclenumber": "MH01ZZ9999"}""" },
        { "vahan_sparse_xml_rj14cn1724", "VAHAN/01", """{"vehiclenumber": "RJ14CN1724"}""" },
        { "vahan04_found_up91l0001", "VAHAN/04", """{"vehiclenumber": "MH12NW4402"}""" },
        { "vahan_not_found_json_231", "VAHAN/04", """{"vehiclenumber": "MH01ZZ9999"}""" },
        { "sarathi01_found_gj04_20120005008", "SARATHI/01", """{"dlnumber": "GJ04 20120005008", "dob": "1987-05-26"}""" },
        { "sarathi01_not_found_doc", "SARATHI/01", """{"dlnumber": "GJ04 20120005008", "dob": "1990-01-01"}""" },
        { "fastag01_found_ab03y8611_capture", "FASTAG/01", """{"vehiclenumber": "MH12NW4402"}""" },
        { "fastag01_not_found_740", "FASTAG/01", """{"vehiclenumber": "WB02AZ4321"}""" },
        { "fastag02_found_mp09hf4987_three_tags", "FASTAG/02", """{"vehiclenumber": "MP09HF4987"}""" },
        { "fastag02_only_inactive_tags", "FASTAG/02", """{"vehiclenumber": "GJ01IN7007"}""" },
        { "fastag02_found_by_tag_mat735701", "FASTAG/02", """{"tagid": "34161FA820328972487BE420"}""" },
        { "fastag02_not_found_239", "FASTAG/02", """{"vehiclenumber": "OD02CZ2020"}""" },
        { "fastag02_error_string_item", "FASTAG/02", """{"vehiclenumber": ""}""" },
        { "echallan01_found_kl_doc", "ECHALLAN/01", """{"vehicleNumber": "TN09BZ7777"}""" },
        { "echallan01_clean_vehicle", "ECHALLAN/01", """{"vehicleNumber": "MH12NW4402"}""" },
        { "echallan01_not_found_305", "ECHALLAN/01", """{"vehicleNumber": "MH01ZZ9999"}""" },
        { "any_400_invalid_format", "VAHAN/01", """{"vehiclenumber": "MH-12-NW"}""" },
        { "any_third_party_down", "VAHAN/01", """{"vehiclenumber": "MH12NW4402"}""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_emulator_answers_in_the_shape_of_the_real_answer(string sampleId, string service, string body)
    {
        var real = UpstreamSample.Load("ulip", sampleId);
        server.Faults.Set("ulip", new FaultProfile { DownRate = real.Id == "any_third_party_down" ? 1 : 0 });
        using var client = service == UlipReplay.Login ? server.UlipEmulatorClient() : await server.UlipEmulatorSessionAsync();

        using var response = await client.PostAsync(Api + service, new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(real.HttpStatus, (int)response.StatusCode);
        var emulated = await response.ReadJsonAsync();
        Assert.Empty(new JsonShape(real.Body).Beyond(new JsonShape(emulated)));
        Assert.Empty(new JsonShape(emulated).Beyond(new JsonShape(real.Body)));
        if (real.Body?["response"] is JsonArray { Count: > 0 } items && items[0]?["response"] is JsonValue xml && ((string)xml!).StartsWith('<'))
        {
            Assert.Equal(Elements((string)xml!), Elements((string)emulated["response"]![0]!["response"]!));
        }
    }

    [Fact]
    public async Task The_emulator_answers_a_bodiless_400_without_accept_json_as_ulip_does()
    {
        using var client = server.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("*/*");

        using var response = await client.PostAsJsonAsync(Api + "user/login", new { username = UlipEmulatorOptions.DefaultUsername, password = UlipEmulatorOptions.DefaultPassword });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_record_of_another_vehicle_is_answered_for_the_staging_scenario()
    {
        using var client = await server.UlipEmulatorSessionAsync();

        using var response = await client.PostAsJsonAsync(Api + "VAHAN/01", new { vehiclenumber = "UP32KH0320" });

        var xml = XElement.Parse((string)(await response.ReadJsonAsync())["response"]![0]!["response"]!);
        Assert.Equal("RJ11GC0346", (string?)xml.Element("rc_regn_no"));
    }

    public void Dispose() => server.Faults.Reset();

    private static string[] Elements(string xml) => [.. XElement.Parse(xml).Elements().Select(e => e.Name.LocalName)];
}
