using Microsoft.EntityFrameworkCore;
using Sangam.Api.Accounts;
using Sangam.Api.Data;
using static Sangam.Api.Tests.Mca.MasterDataFiles;

namespace Sangam.Api.Tests.Mca;

public sealed class MasterDataImportTests(SangamServer server) : IClassFixture<SangamServer>
{
    private const string ImportPath = "/api/v2/admin/mca/companies";

    [Fact]
    public async Task An_import_adds_companies_that_the_mca_lookup_then_answers()
    {
        var (first, second) = (NewCin(), NewCin("KA"));
        using var admin = await AdminAsync();

        using var response = await admin.PutAsync(ImportPath, Content(Csv(Row(first, "Dhruv Roadways Private Limited"), Row(second, "Tungabhadra Freight LLP", status: "STRIKE OFF"))));

        var summary = await response.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal((2, 2, 0, 0, 0), ((long)summary["rows_read"]!, (long)summary["inserted"]!, (long)summary["updated"]!, (long)summary["unchanged"]!, (long)summary["rejected"]!));
        var payload = await LookupAsync(second);
        Assert.Equal("Tungabhadra Freight LLP", (string?)payload["companyName"]);
        Assert.Equal("Strike Off", (string?)payload["companyStatus"]);
        Assert.Equal("14/02/2018", (string?)payload["incorporationDate"]);
        Assert.Equal("RoC-Pune", (string?)payload["rocCode"]);
    }

    [Fact]
    public async Task Reimporting_updates_changed_companies_skips_unchanged_ones_and_never_duplicates()
    {
        var (same, changing, added) = (NewCin(), NewCin(), NewCin());
        using var admin = await AdminAsync();
        var original = Csv(Row(same, "Unchanged Carriers Private Limited"), Row(changing, "Changing Carriers Private Limited"));
        using var firstImport = await admin.PutAsync(ImportPath, Content(original));
        Assert.Equal(HttpStatusCode.OK, firstImport.StatusCode);

        using var again = await admin.PutAsync(ImportPath, Content(original));
        using var newer = await admin.PutAsync(ImportPath, Content(Csv(
            Row(same, "Unchanged Carriers Private Limited"),
            Row(changing, "Changing Carriers Private Limited", status: "Under Liquidation"),
            Row(added, "Added Carriers Private Limited"))));

        var repeat = await again.ReadJsonAsync();
        Assert.Equal((0L, 0L, 2L), ((long)repeat["inserted"]!, (long)repeat["updated"]!, (long)repeat["unchanged"]!));
        var update = await newer.ReadJsonAsync();
        Assert.Equal((1L, 1L, 1L), ((long)update["inserted"]!, (long)update["updated"]!, (long)update["unchanged"]!));
        Assert.Equal("Under Liquidation", (string?)(await LookupAsync(changing))["companyStatus"]);
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        Assert.Equal(3, await db.Companies.CountAsync(c => c.Cin == same || c.Cin == changing || c.Cin == added));
    }

    [Fact]
    public async Task A_status_changed_by_a_newer_file_reaches_the_search_ranking()
    {
        var (alpha, bravo) = (NewCin(), NewCin());
        using var admin = await AdminAsync();
        using var first = await admin.PutAsync(ImportPath, Content(Csv(Row(alpha, "Zyqvorn Alpha Carriers"), Row(bravo, "Zyqvorn Bravo Carriers"))));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal([alpha, bravo], await SearchAsync("zyqvorn"));

        using var newer = await admin.PutAsync(ImportPath, Content(Csv(Row(alpha, "Zyqvorn Alpha Carriers", status: "Strike Off"), Row(bravo, "Zyqvorn Bravo Carriers"))));

        Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
        Assert.Equal([bravo, alpha], await SearchAsync("zyqvorn"));
    }

    [Fact]
    public async Task Companies_imported_out_of_name_order_are_found_by_their_words_and_SQLite_keeps_the_index_in_name_order()
    {
        var (zeta, mu, alpha) = (NewCin(), NewCin(), NewCin());
        using var admin = await AdminAsync();
        using var first = await admin.PutAsync(ImportPath, Content(Csv(
            Row(zeta, "Qorvexa Zeta Movers"), Row(mu, "Qorvexa Mu Movers"), Row(alpha, "Qorvexa Alpha Movers"))));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal([mu, zeta, alpha], await SearchAsync("qorvexa"));
        await AssertNameIndexInNameOrderAsync();

        using var newer = await admin.PutAsync(ImportPath, Content(Csv(Row(zeta, "Qorvexa Aardvark Movers"))));

        Assert.Equal(HttpStatusCode.OK, newer.StatusCode);
        Assert.Equal([mu, alpha, zeta], await SearchAsync("qorvexa"));
        Assert.Equal([zeta], await SearchAsync("qorvexa aardvark"));
        Assert.Empty(await SearchAsync("qorvexa zeta"));
        await AssertNameIndexInNameOrderAsync();
    }

    [Fact]
    public async Task The_older_header_variant_with_its_date_amount_and_NA_spellings_imports_too()
    {
        var cin = NewCin("WB", "PLC");
        var csv = OlderHeader + "\n"
            + $"{cin},5-01-1955,EASTERN RAILWAY WAGONS LIMITED,ACTIVE,Public,Company limited by Shares,\"30,000,000,000.00\",NA,West Bengal,RoC-Kolkata,NA,"
            + "\"Head Office 2, Netaji Subhas Road Calcutta West Bengal INDIA\",Indian Non-Government Company\n";
        using var admin = await AdminAsync();

        using var response = await admin.PutAsync(ImportPath, Content(csv));

        Assert.Equal(1, (long)(await response.ReadJsonAsync())["inserted"]!);
        var payload = await LookupAsync(cin);
        Assert.Equal("EASTERN RAILWAY WAGONS LIMITED", (string?)payload["companyName"]);
        Assert.Equal("Active", (string?)payload["companyStatus"]);
        Assert.Equal("05/01/1955", (string?)payload["incorporationDate"]);
        Assert.Equal("Head Office 2, Netaji Subhas Road Calcutta West Bengal INDIA", (string?)payload["registeredAddress"]);
    }

    [Fact]
    public async Task Quoted_fields_keep_commas_quotes_and_line_breaks_and_the_last_row_for_a_cin_wins()
    {
        var cin = NewCin();
        var address = "Shed 4, \"Krishna\" Complex,\nNear Octroi Naka, Nashik";
        using var admin = await AdminAsync();

        using var response = await admin.PutAsync(ImportPath, Content(Csv(
            Row(cin, "Old Name Logistics Private Limited"),
            Row(cin, "New Name Logistics Private Limited", address: address))));

        var summary = await response.ReadJsonAsync();
        Assert.Equal((2L, 1L, 1L), ((long)summary["rows_read"]!, (long)summary["inserted"]!, (long)summary["updated"]!));
        var payload = await LookupAsync(cin);
        Assert.Equal("New Name Logistics Private Limited", (string?)payload["companyName"]);
        Assert.Equal(address, (string?)payload["registeredAddress"]);
    }

    [Fact]
    public async Task Bad_rows_are_rejected_with_reasons_and_line_numbers_while_good_rows_import()
    {
        var good = NewCin();
        using var admin = await AdminAsync();
        var csv = Csv(
            Row("ALLA", "Allahabad Bank"),
            Row(good, "Good Row Transport Private Limited"),
            Row(NewCin(), ""),
            Row(NewCin(), "Bad Date Movers Private Limited", date: "31-02-2018"),
            $"{NewCin()},Too Short Private Limited,RoC-Pune");

        using var response = await admin.PutAsync(ImportPath, Content(csv));

        var summary = await response.ReadJsonAsync();
        Assert.Equal((5L, 1L, 4L), ((long)summary["rows_read"]!, (long)summary["inserted"]!, (long)summary["rejected"]!));
        var reasons = summary["rejections"]!.AsArray().ToDictionary(r => (string)r!["reason"]!, r => r!);
        Assert.Equal(["invalid_date", "invalid_identifier", "malformed_row", "missing_name"], reasons.Keys.Order());
        Assert.Equal(2, (long)reasons["invalid_identifier"]["examples"]![0]!["line"]!);
        Assert.Contains("ALLA", (string?)reasons["invalid_identifier"]["examples"]![0]!["detail"], StringComparison.Ordinal);
        Assert.Equal(6, (long)reasons["malformed_row"]["examples"]![0]!["line"]!);
    }

    [Fact]
    public async Task Rows_with_a_nul_an_over_long_name_or_an_over_long_field_are_rejected_by_line_and_the_other_rows_imported()
    {
        var rows = Enumerable.Range(0, 2997).Select(_ => Row(NewCin(), "Fleet Owners Roadways Private Limited")).ToList();
        var (nul, longName, longAddress, good) = (NewCin(), NewCin(), NewCin(), NewCin());
        rows.Insert(100, Row(nul, "Nul\0 Carriers Private Limited"));
        rows.Insert(1500, Row(longName, new string('W', 2700) + " Logistics Private Limited"));
        rows.Add(Row(longAddress, "Long Address Traders Private Limited", address: new string('a', 2001)));
        rows[0] = Row(good, "Good Row Transport Private Limited");
        using var admin = await AdminAsync();

        using var response = await admin.PutAsync(ImportPath, Content(Csv([.. rows])));

        var summary = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, summary.ToJsonString());
        Assert.Equal((3000L, 2997L, 3L), ((long)summary["rows_read"]!, (long)summary["inserted"]!, (long)summary["rejected"]!));
        var rejection = Assert.Single(summary["rejections"]!.AsArray())!;
        Assert.Equal("invalid_text", (string?)rejection["reason"]);
        var examples = rejection["examples"]!.AsArray().Select(e => ((long)e!["line"]!, (string)e["detail"]!)).ToList();
        Assert.Equal([102L, 1502L, 3001L], examples.Select(e => e.Item1));
        Assert.Equal($"{nul}: Name should be text without control characters (U+0000-U+001F, U+007F-U+009F; character 4 is U+0000)", examples[0].Item2);
        Assert.StartsWith($"{longName}: Name should be at most 300 characters", examples[1].Item2, StringComparison.Ordinal);
        Assert.StartsWith($"{longAddress}: RegisteredAddress should be at most 2000 characters", examples[2].Item2, StringComparison.Ordinal);
        Assert.Equal("Good Row Transport Private Limited", (string?)(await LookupAsync(good))["companyName"]);
    }

    [Fact]
    public async Task A_name_with_a_very_long_word_is_indexed_and_found_by_that_word()
    {
        var cin = NewCin();
        var word = string.Concat(Enumerable.Repeat("Vahan", 24));
        using var admin = await AdminAsync();
        using var import = await admin.PutAsync(ImportPath, Content(Csv(Row(cin, $"{word} Transport Private Limited"))));
        Assert.Equal(1, (long)(await import.ReadJsonAsync())["inserted"]!);
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));

        using var search = await client.GetAsync($"/api/v2/mca/search?name={word}");

        var hits = (await search.ReadJsonAsync())["data"]!.AsArray();
        Assert.Contains(hits, hit => (string?)hit!["cin"] == cin);
    }

    [Fact]
    public async Task A_file_that_is_not_master_data_is_refused_and_members_may_not_import()
    {
        using var admin = await AdminAsync();
        using var member = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));

        using var notMasterData = await admin.PutAsync(ImportPath, Content("gstin,name\n27AAPFU0939F1ZV,Acme\n"));
        using var refused = await member.PutAsync(ImportPath, Content(Csv(Row(NewCin(), "Member Upload Private Limited"))));

        Assert.Contains("CIN column", await notMasterData.ShouldBeErrorEnvelopeAsync(HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);
        await refused.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_file_larger_than_the_platform_body_limit_streams_in()
    {
        using var admin = await AdminAsync();
        admin.Timeout = TimeSpan.FromMinutes(10);
        var rows = Enumerable.Range(0, 30_000).Select(_ => Row(NewCin("GJ"), "Bulk Upload Roadlines Private Limited",
            address: new string('x', 1_000))).ToArray();
        var csv = Csv(rows);
        Assert.True(csv.Length > Sangam.Api.Hosting.PlatformHosting.MaxRequestBodyBytes);

        using var response = await admin.PutAsync(ImportPath, Content(csv));

        var summary = await response.ReadJsonAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, summary.ToJsonString());
        Assert.Equal(30_000, (long)summary["inserted"]!);
    }

    // Entries in name-key order are what keeps a search's reads on few pages (SqliteNameIndex.Reorder); PostgreSQL
    // has no stored order to keep.
    private async Task AssertNameIndexInNameOrderAsync()
    {
        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SangamDb>();
        if (db.Database.IsSqlite())
        {
            var keys = await db.Database.SqlQueryRaw<string>("SELECT name_key AS \"Value\" FROM mca_company_search ORDER BY id").ToListAsync();
            Assert.NotEmpty(keys);
            Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        }
    }

    private async Task<HttpClient> AdminAsync() => await server.ClientForAsync(await server.CreateAdminAsync());

    private async Task<string[]> SearchAsync(string name)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));
        using var response = await client.GetAsync($"/api/v2/mca/search?name={Uri.EscapeDataString(name)}");
        return [.. (await response.ReadJsonAsync())["data"]!.AsArray().Select(hit => (string)hit!["cin"]!)];
    }

    private async Task<JsonNode> LookupAsync(string cin)
    {
        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));
        using var response = await client.PostAsJsonAsync("/api/v2/sbt/MCA/", new { cin });
        var item = (await response.ReadJsonAsync())["response"]![0]!;
        Assert.Equal("SUCCESS", (string?)item["responseStatus"]);
        return item["response"]!;
    }
}
