using Sangam.Api.Accounts;
using Sangam.Api.Mca.Registry;
using Sangam.Api.Mca.Search;
using static Sangam.Api.Tests.Mca.MasterDataFiles;

namespace Sangam.Api.Tests.Mca;

/// <summary>
/// Name search on a registry of its own (every name carries a word no other test uses) against the ranking rules
/// written out here over the same rows: every whole word in the name, the last word as a prefix; of the matches the
/// <see cref="CompanySearch.CandidateLimit"/> with the shortest names (then CIN) are ranked: the exact name, then
/// names that start with the query, then the rest (legal forms aside); shorter names, then active companies, then
/// the name in byte order within each.
/// </summary>
[Collection(RegistryImports.Name)]
public sealed class McaSearchRulesTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private static readonly string[] Places = ["Shree", "Narmada", "Kaveri", "Ganga", "Sahyadri", "Deccan", "Konkan", "Ganesh"];
    private static readonly string[] Families = ["Gupta", "Shah", "Sheth", "Shetty", "Rao", "Patel", "Iyer", "Garg", "Menon", "Nair"];
    private static readonly string[] Trades = ["Roadways", "Road Carriers", "Logistics", "Cargo Movers", "Freight"];
    private static readonly string[] Statuses = ["Active", "Active", "Strike Off", "Active", "Dormant"];

    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task Searches_answer_what_the_ranking_rules_say()
    {
        var word = "Zr" + Guid.NewGuid().ToString("N")[..6];
        var registry = Enumerable.Range(0, 1_200).Select(i => (Cin: NewCin(), Name: Name(word, i), Status: Statuses[i % Statuses.Length])).ToList();
        using var admin = await server.ClientForAsync(await server.CreateAdminAsync());
        using (var import = await admin.PutAsync("/api/v2/admin/mca/companies", Content(Csv([.. registry.Select(c => Row(c.Cin, c.Name, c.Status))]))))
        {
            Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        }

        using var client = await server.ClientForAsync(await server.CreateAccountAsync(ApiFamily.Mca));
        string[] queries =
        [
            word, $"{word} narmada gupta", $"narmada gupta {word}", $"{word} kaveri sh", $"{word} roadways pvt ltd", $"{word} shree",
            $"{word} n", $"{word} ga", $"{word} shree gupta roadways", $"road {word} carr", $"{word} Private Lim", $"{word} menon cargo movers",
        ];
        foreach (var query in queries)
        {
            using var response = await client.GetAsync($"/api/v2/mca/search?limit={CompanySearch.MaxResults}&name={Uri.EscapeDataString(query)}");
            var body = await response.ReadJsonAsync();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            var (expected, found) = (Expected(registry, query), body["data"]!.AsArray().Select(h => (string)h!["cin"]!).ToList());
            Assert.True(expected.SequenceEqual(found), $"'{query}': expected {string.Join(' ', expected)}; found {string.Join(' ', found)}");
        }
    }

    private static string Name(string word, int i)
    {
        var (place, family, trade) = (Places[i % Places.Length], Families[i / Places.Length % Families.Length], Trades[i / 80 % Trades.Length]);
        return (i % 7) switch
        {
            0 => $"{place} {word} {family} {trade} Private Limited",
            1 => $"{word} {place} {trade} Pvt. Ltd.",
            2 => $"{word} {place} {family}",
            _ => $"{word} {place} {family} {trade} Private Limited",
        };
    }

    private static List<string> Expected(IEnumerable<(string Cin, string Name, string Status)> registry, string query)
    {
        var (words, prefix) = CompanySearch.Parse(query);
        var core = CompanyNames.Core(CompanyNames.Key(query));
        return [.. registry
            .Select(c => (c.Cin, c.Status, Key: CompanyNames.Key(c.Name)))
            .Where(c => CompanyNames.Tokens(c.Key) is var tokens
                && words.All(tokens.Contains)
                && (prefix is null || tokens.Any(t => t.StartsWith(prefix, StringComparison.Ordinal))))
            .OrderBy(c => c.Key.Length).ThenBy(c => c.Cin, StringComparer.Ordinal)
            .Take(CompanySearch.CandidateLimit)
            .OrderBy(c => CompanyNames.Core(c.Key) is var name && name == core ? 0 : name.StartsWith(core, StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(c => c.Key.Length)
            .ThenBy(c => c.Status == "Active" ? 0 : 1)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Cin)
            .Take(CompanySearch.MaxResults)];
    }
}
