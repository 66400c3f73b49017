namespace Sangam.Api.Tests.ApiKeys;

/// <summary>
/// <c>sangam-admin api-keys</c> against the test server's database, as an operator runs it next to a live server.
/// Without Redis the server learns of a revocation made by another process when its cached view of the key expires
/// (<c>Auth:StateCacheDuration</c>, 5 s by default).
/// </summary>
public sealed class ApiKeyCommandTests(SharedServer shared) : IClassFixture<SharedServer>
{
    private readonly SangamServer server = shared.Server;

    [Fact]
    public async Task An_operator_creates_a_key_that_works_lists_it_without_the_secret_and_revokes_it()
    {
        var customer = await server.CreateAccountAsync();

        var create = await AdminAsync("api-keys", "create", customer.Slug, "--name", "nightly sync", "--families", "vehicle", "--expires", "2099-03-31");
        var key = create.Output.Trim();
        using var client = server.ClientWithApiKey(key);
        using var works = await client.VahanAsync();
        var list = await AdminAsync("api-keys", "list", customer.Slug, "--json");
        var listed = JsonNode.Parse(list.Output)!.AsArray().Single()!;
        var revoke = await AdminAsync("api-keys", "revoke", customer.Slug, (string)listed["prefix"]!);
        var refused = await RefusedWithinAsync(client, TimeSpan.FromSeconds(15));

        Assert.True(create.ExitCode == 0, create.All);
        Assert.Contains("shown only now", create.All, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, works.StatusCode);
        Assert.DoesNotContain(key[^20..], list.Output, StringComparison.Ordinal);
        Assert.Equal("sangam-admin", (string?)listed["created_by"]);
        Assert.Equal(["vehicle"], listed["families"]!.AsArray().Select(f => (string?)f));
        Assert.Equal(new DateTimeOffset(2099, 3, 31, 0, 0, 0, TimeSpan.Zero), (DateTimeOffset)listed["expires_at"]!);
        Assert.True(revoke.ExitCode == 0, revoke.All);
        Assert.Contains("revoked", refused, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api-keys create {slug} --name x --families teleport", "Unknown API family")]
    [InlineData("api-keys create {slug} --name x --expires someday", "ISO 8601")]
    [InlineData("api-keys create no-such-account --name x", "No account")]
    [InlineData("api-keys revoke {slug} abcdefghijkl", "No API key")]
    public async Task Bad_input_fails_with_a_clear_message_and_exit_code_1(string command, string expected)
    {
        var customer = await server.CreateAccountAsync();

        var result = await AdminAsync(command.Replace("{slug}", customer.Slug, StringComparison.Ordinal).Split(' '));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(expected, result.All, StringComparison.Ordinal);
    }

    private static async Task<string> RefusedWithinAsync(HttpClient client, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            using var response = await client.VahanAsync();
            if (response.StatusCode == HttpStatusCode.Unauthorized || DateTime.UtcNow > deadline)
            {
                return await response.ShouldBeErrorEnvelopeAsync(HttpStatusCode.Unauthorized);
            }

            await Task.Delay(250);
        }
    }

    private Task<ProgramResult> AdminAsync(params string[] args) => OperatorCommand.RunAsync(server, null, null, args);
}
