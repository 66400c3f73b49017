using Sangam.Api.Accounts;
using Sangam.Sandbox.DataGovIn;
using static Sangam.Api.Tests.Mca.MasterDataFiles;

namespace Sangam.Api.Tests.Mca;

[Collection(RegistryImports.Name)]
public sealed class McaSearchTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Theory]
    [InlineData("Sahyadri Infotech")]
    [InlineData("sahyadri info")]
    [InlineData("SAHYADRI INFOTECH LTD.")]
    [InlineData("infotech sahyadri")]
    public async Task A_company_is_found_by_its_words_in_any_case_order_or_abbreviation_with_the_last_word_incomplete(string query)
    {
        using var client = await ClientAsync();

        var hits = await SearchAsync(client, query);

        Assert.Contains(hits, h => (string?)h["cin"] == SandboxCompanies.ListedWithFinancials);
        var hit = hits.Single(h => (string?)h["cin"] == SandboxCompanies.ListedWithFinancials);
        Assert.Equal("Sahyadri Infotech Limited", (string?)hit["company_name"]);
        Assert.Equal("Active", (string?)hit["company_status"]);
        Assert.Equal("RoC-Mumbai", (string?)hit["roc_code"]);
        Assert.Equal("03/10/2000", (string?)hit["incorporation_date"]);
    }

    [Fact]
    public async Task The_exact_name_ranks_first_then_names_starting_with_the_query_then_shorter_names()
    {
        var word = "Zq" + Guid.NewGuid().ToString("N")[..6];
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        using var import = await admin.PutAsync("/api/v2/admin/mca/companies", Content(Csv(
            Row(NewCin(), $"New {word} Roadways Limited"),
            Row(NewCin(), $"{word} Roadways Logistics And Warehousing Private Limited"),
            Row(NewCin(), $"{word} Roadways Private Limited"),
            Row(NewCin(), $"{word} Roadways Logistics Private Limited"),
            Row(NewCin(), $"{word} Textiles Private Limited"))));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        using var client = await ClientAsync();

        var hits = await SearchAsync(client, $"{word} roadways pvt ltd");

        Assert.Equal([
            $"{word} Roadways Private Limited",
            $"{word} Roadways Logistics Private Limited",
            $"{word} Roadways Logistics And Warehousing Private Limited",
            $"New {word} Roadways Limited",
        ], hits.Select(h => (string)h["company_name"]!));
    }

    [Fact]
    public async Task A_renamed_company_is_found_by_its_new_name_only()
    {
        var (cin, oldWord, newWord) = (NewCin(), "Qx" + Guid.NewGuid().ToString("N")[..6], "Qy" + Guid.NewGuid().ToString("N")[..6]);
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        using (var first = await admin.PutAsync("/api/v2/admin/mca/companies", Content(Csv(Row(cin, $"{oldWord} Cargo Private Limited")))))
        using (var renamed = await admin.PutAsync("/api/v2/admin/mca/companies", Content(Csv(Row(cin, $"{newWord} Cargo Private Limited")))))
        {
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        }

        using var client = await ClientAsync();

        Assert.Empty(await SearchAsync(client, oldWord));
        Assert.Equal(cin, (string?)(await SearchAsync(client, newWord)).Single()["cin"]);
    }

    [Fact]
    public async Task A_search_answered_before_an_import_answers_what_the_import_changed_right_after_it()
    {
        var (word, kept, added) = ("Zt" + Guid.NewGuid().ToString("N")[..6], NewCin(), NewCin());
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        await ImportAsync(admin, Row(kept, $"{word} Haulage Private Limited"));
        using var client = await ClientAsync();
        Assert.Equal([(kept, "Active")], await CompaniesAsync(client, word));

        await ImportAsync(admin, Row(kept, $"{word} Haulage Private Limited", status: "Strike Off"), Row(added, $"{word} Haulers Private Limited"));

        // Names of one length: the active company first.
        Assert.Equal([(added, "Active"), (kept, "Strike Off")], await CompaniesAsync(client, word));
    }

    [Fact]
    public async Task Another_node_on_the_same_database_answers_from_the_registry_an_import_on_this_node_changed()
    {
        var (word, first, second) = ("Zu" + Guid.NewGuid().ToString("N")[..6], NewCin(), NewCin());
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        await ImportAsync(admin, Row(first, $"{word} Tankers Private Limited"));
        var other = new OtherNode(server.Database);
        await other.InitializeAsync();
        try
        {
            using var onOther = await other.ClientForAsync(await other.CreateAccountAsync(ApiFamily.Mca));
            Assert.Equal([(first, "Active")], await CompaniesAsync(onOther, word));

            await ImportAsync(admin, Row(second, $"{word} Tankers Private Limited"));

            Assert.Equal([first, second], (await CompaniesAsync(onOther, word)).Select(c => c.Cin).Order(StringComparer.Ordinal));
        }
        finally
        {
            await other.DisposeAsync();
        }
    }

    [Fact]
    public async Task Nothing_found_is_an_empty_list_with_a_message()
    {
        using var client = await ClientAsync();

        using var response = await client.GetAsync("/api/v2/mca/search?name=Nonexistentword%20Zzyzx");

        var body = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("No Data Found", (string?)body["message"]);
        Assert.Equal(0, (int)body["count"]!);
        Assert.Empty(body["data"]!.AsArray());
    }

    [Theory]
    [InlineData("name=", "name")]
    [InlineData("name=Pvt%20Ltd", "name")]
    [InlineData("name=a", "name")]
    [InlineData("name=Sahyadri&limit=0", "limit")]
    [InlineData("name=Sahyadri&limit=101", "limit")]
    public async Task A_query_without_a_usable_word_or_with_a_bad_limit_is_a_400(string query, string field)
    {
        using var client = await ClientAsync();

        using var response = await client.GetAsync("/api/v2/mca/search?" + query);

        Assert.Contains(field, await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limit_caps_a_broad_search()
    {
        using var client = await ClientAsync();

        var broad = await SearchAsync(client, "Roadways&limit=7");

        Assert.Equal(7, broad.Count);
        Assert.All(broad, h => Assert.Contains("Roadways", (string?)h["company_name"], StringComparison.Ordinal));
    }

    private static async Task ImportAsync(HttpClient admin, params string[] rows)
    {
        using var import = await admin.PutAsync("/api/v2/admin/mca/companies", Content(Csv(rows)));
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
    }

    private static async Task<List<(string Cin, string Status)>> CompaniesAsync(HttpClient client, string query) =>
        [.. (await SearchAsync(client, query)).Select(h => ((string)h["cin"]!, (string)h["company_status"]!))];

    private async Task<HttpClient> ClientAsync() => await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));

    private static async Task<IReadOnlyList<JsonNode>> SearchAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/v2/mca/search?name=" + query.Replace(" ", "%20", StringComparison.Ordinal));
        var body = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.ToJsonString());
        return [.. body["data"]!.AsArray().Select(h => h!)];
    }

    /// <summary>A second server of the same deployment: it shares the database and nothing else.</summary>
    private sealed class OtherNode(TestDatabase database) : SangamServer(database);
}
