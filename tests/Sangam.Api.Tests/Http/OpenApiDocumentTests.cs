using System.Text.Json;
using System.Text.RegularExpressions;
using Sangam.Api.Http.OpenApi;

namespace Sangam.Api.Tests.Http;

/// <summary>
/// The committed OpenAPI document (docs/openapi/v1.json) and the Postman collection made from it
/// (docs/postman/sangam.postman_collection.json) must match what the server describes, so API changes are reviewed
/// as document changes. Run <c>SANGAM_UPDATE_OPENAPI=1 ./test.sh</c> (or this class alone with the variable set) to
/// rewrite both after a deliberate change. The documents are asked for as from http://localhost:8080, the address
/// <c>./run.sh</c> serves, which is the server they name.
/// </summary>
[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed partial class OpenApiDocumentTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    private const string BaseUrl = "http://localhost:8080";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task The_committed_document_and_postman_collection_match_the_live_ones()
    {
        var live = await LiveDocumentAsync();
        var collection = PostmanExport.From(live, BaseUrl);
        var documentPath = Path.Combine(RepositoryRoot(), "docs", "openapi", "v1.json");
        var collectionPath = Path.Combine(RepositoryRoot(), "docs", "postman", "sangam.postman_collection.json");

        if (Environment.GetEnvironmentVariable("SANGAM_UPDATE_OPENAPI") == "1")
        {
            await WriteAsync(documentPath, live);
            await WriteAsync(collectionPath, collection);
        }

        Assert.True(File.Exists(documentPath), $"{documentPath} is missing; run SANGAM_UPDATE_OPENAPI=1 ./test.sh");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(documentPath)), live),
            "docs/openapi/v1.json differs from the live document; review the change and run SANGAM_UPDATE_OPENAPI=1 ./test.sh");
        Assert.True(File.Exists(collectionPath), $"{collectionPath} is missing; run SANGAM_UPDATE_OPENAPI=1 ./test.sh");
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(await File.ReadAllTextAsync(collectionPath)), collection),
            "docs/postman/sangam.postman_collection.json differs from the collection of the live document; run SANGAM_UPDATE_OPENAPI=1 ./test.sh");
    }

    [Fact]
    public async Task The_server_serves_the_same_postman_collection()
    {
        using var client = Client();

        var served = JsonNode.Parse(await client.GetStringAsync(PostmanExport.Path))!;

        Assert.True(JsonNode.DeepEquals(PostmanExport.From(await LiveDocumentAsync(), BaseUrl), served));
        var login = served["item"]![0]!["item"]!.AsArray().Single(i => (string?)i!["request"]!["url"]!["raw"] == "{{baseUrl}}/api/v2/token-auth/")!;
        Assert.Contains(login["event"]![0]!["script"]!["exec"]!.AsArray(), line => ((string?)line)!.Contains("pm.collectionVariables.set('token'", StringComparison.Ordinal));
        Assert.Equal("JWT {{token}}", (string?)served["auth"]!["apikey"]![1]!["value"]);
    }

    [Fact]
    public async Task Postman_requests_run_as_shown_and_leave_download_switches_unticked()
    {
        var collection = PostmanExport.From(await LiveDocumentAsync(), BaseUrl);
        var requests = collection["item"]!.AsArray().SelectMany(folder => folder!["item"]!.AsArray()).Select(item => item!["request"]!["url"]!).ToList();
        var irnList = requests.Single(url => ((string?)url["raw"])!.StartsWith("{{baseUrl}}/api/v2/saas-apis/irn/?", StringComparison.Ordinal));

        Assert.DoesNotContain("format=", (string?)irnList["raw"], StringComparison.Ordinal);
        var format = irnList["query"]!.AsArray().Single(q => (string?)q!["key"] == "format")!;
        Assert.True((bool?)format["disabled"]);
        Assert.Contains("irn_type=purchase", (string?)irnList["raw"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_document_describes_the_auth_contract_and_hides_the_emulators()
    {
        var document = await LiveDocumentAsync();
        var paths = document["paths"]!.AsObject();

        Assert.True(paths.ContainsKey("/api/v2/token-auth/"));
        Assert.True(paths.ContainsKey("/api/v2/api-token-refresh/"));
        Assert.DoesNotContain(paths, p => p.Key.StartsWith("/sandbox", StringComparison.Ordinal));
        Assert.NotNull(document["components"]!["securitySchemes"]!["JWT"]);
        Assert.NotNull(paths["/api/v2/usage/"]!["get"]!["security"]);
    }

    [Fact]
    public async Task The_document_names_its_server_and_lists_tags_in_the_order_a_user_meets_them()
    {
        var document = await LiveDocumentAsync();

        Assert.Equal(BaseUrl, (string?)document["servers"]![0]!["url"]);
        Assert.Equal(
            ["Authentication", "Vehicle and driver checks", "SIM tracking", "Invoice OCR", "Vendor verification", "IRN (e-invoices)", "Usage", "Webhooks", "Administration"],
            document["tags"]!.AsArray().Select(t => (string?)t!["name"]));
    }

    [Fact]
    public async Task Every_operation_has_a_request_and_a_response_example()
    {
        var missing = new List<string>();
        foreach (var (path, method, operation) in Operations(await LiveDocumentAsync()))
        {
            var name = $"{method.ToUpperInvariant()} {path}";
            missing.AddRange(operation["parameters"]?.AsArray().Where(p => p!["example"] is null).Select(p => $"{name}: parameter {p!["name"]}") ?? []);
            if (operation["requestBody"]?["content"]?["application/json"] is { } body && body["example"] is null && body["examples"] is null)
            {
                missing.Add($"{name}: request body");
            }

            var success = operation["responses"]!.AsObject().First(r => r.Key.StartsWith('2'));
            if (success.Value!["content"]?["application/json"] is { } response && response["example"] is null && response["examples"] is null)
            {
                missing.Add($"{name}: {success.Key} response");
            }
        }

        Assert.True(missing.Count == 0, "Without examples:\n" + string.Join('\n', missing));
    }

    [Fact]
    public async Task Numbers_are_integers_headers_are_required_and_closed_lists_are_enums()
    {
        var document = await LiveDocumentAsync();
        var list = Parameters(document, "/api/v2/saas-apis/irn/", "get");
        var upload = document["paths"]!["/api/v2/ocr/upload"]!["post"]!["requestBody"]!["content"]!["multipart/form-data"]!["schema"]!;

        Assert.All(new[] { "year", "month", "page", "page_size" }, name => Assert.Equal("integer", (string?)list[name]["schema"]!["type"]));
        Assert.True((bool)list["Gstin"]["required"]!);
        Assert.Equal("header", (string?)list["Gstin"]["in"]);
        Assert.True((bool)Parameters(document, "/api/v2/saas-apis/irn/{irn}", "get")["Gstin"]["required"]!);
        Assert.Equal(["purchase", "sales"], list["irn_type"]["schema"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.Equal(["invoice", "qr_code", "delivery_order", "BOE"], upload["properties"]!["document_type"]!["enum"]!.AsArray().Select(v => (string?)v));
        Assert.DoesNotContain("document_type", upload["required"]!.AsArray().Select(v => (string?)v));
    }

    [Fact]
    public async Task Placeholders_in_descriptions_survive_markdown_rendering()
    {
        var placeholders = new List<string>();
        Visit(await LiveDocumentAsync(), "", placeholders);

        Assert.True(placeholders.Count == 0, "Write <placeholders> inside `code` so that markdown keeps them:\n" + string.Join('\n', placeholders));
    }

    [Fact]
    public async Task The_consent_webhook_is_documented_with_its_payload_and_signature()
    {
        var webhook = (await LiveDocumentAsync())["webhooks"]!["driver.consent.changed"]!["post"]!;

        Assert.Equal("X-Sangam-Signature", (string?)webhook["parameters"]![0]!["name"]);
        Assert.Contains("HMAC-SHA256", (string?)webhook["description"], StringComparison.Ordinal);
        var body = webhook["requestBody"]!["content"]!["application/json"]!;
        Assert.NotNull(body["schema"]);
        Assert.Equal("driver.consent.changed", (string?)body["example"]!["type"]);
    }

    [Theory]
    [InlineData("driver.consent.changed")]
    [InlineData("driver.location.updated")]
    [InlineData("ocr.job.completed")]
    [InlineData("ocr.job.failed")]
    [InlineData("readiness.bulk.completed")]
    public async Task Every_webhook_event_is_documented_with_its_headers_and_an_example_of_its_type(string type)
    {
        var webhook = (await LiveDocumentAsync())["webhooks"]![type]!["post"]!;

        Assert.Equal(["X-Sangam-Signature", "X-Sangam-Event", "X-Sangam-Delivery"], webhook["parameters"]!.AsArray().Select(p => (string?)p!["name"]));
        var body = webhook["requestBody"]!["content"]!["application/json"]!;
        Assert.Equal(2, body["schema"]!["allOf"]!.AsArray().Count);
        Assert.Equal(type, (string?)body["example"]!["type"]);
    }

    [Fact]
    public async Task The_root_leads_to_the_docs_and_the_docs_page_has_no_hosted_service_buttons()
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

        using var root = await client.GetAsync("/");
        var page = await client.GetStringAsync("/docs/");

        Assert.Equal(HttpStatusCode.Redirect, root.StatusCode);
        Assert.Equal("/docs", root.Headers.Location?.ToString());
        Assert.Matches(@"""agent""\s*:\s*\{\s*""disabled""\s*:\s*true", page);
        Assert.Matches(@"""showDeveloperTools""\s*:\s*""never""", page);
        Assert.Contains("JWT \\u003Ctoken\\u003E", page, StringComparison.Ordinal);
    }

    // The server listens on a port of its own; the Host header makes it describe itself as http://localhost:8080.
    private HttpClient Client()
    {
        var client = server.CreateClient();
        client.DefaultRequestHeaders.Host = new Uri(BaseUrl).Authority;
        return client;
    }

    private async Task<JsonNode> LiveDocumentAsync()
    {
        using var client = Client();
        return JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!;
    }

    private static IEnumerable<(string Path, string Method, JsonNode Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(m => m.Key is "get" or "post" or "put" or "patch" or "delete")
            .Select(m => (path.Key, m.Key, m.Value!)));

    private static Dictionary<string, JsonNode> Parameters(JsonNode document, string path, string method) =>
        document["paths"]![path]![method]!["parameters"]!.AsArray().ToDictionary(p => (string)p!["name"]!, p => p!);

    private static void Visit(JsonNode? node, string where, List<string> placeholders)
    {
        switch (node)
        {
            case JsonObject items:
                foreach (var (key, value) in items)
                {
                    if (key is "description" or "summary" && value is JsonValue text && OutsideCode(text.ToString()) is { Length: > 0 } found)
                    {
                        placeholders.Add($"{where}/{key}: {found}");
                    }

                    Visit(value, $"{where}/{key}", placeholders);
                }

                break;
            case JsonArray list:
                for (var i = 0; i < list.Count; i++)
                {
                    Visit(list[i], $"{where}[{i}]", placeholders);
                }

                break;
        }
    }

    private static string OutsideCode(string text) =>
        string.Join(' ', Placeholder().Matches(CodeSpan().Replace(text, "")).Select(m => m.Value));

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"<[^<>\s][^<>]*>")]
    private static partial Regex Placeholder();

    private static async Task WriteAsync(string path, JsonNode content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, content.ToJsonString(Indented) + "\n");
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Sangam.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Sangam.slnx not found above the test binaries.");
    }
}
