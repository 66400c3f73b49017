using Sangam.Api.Auth;

namespace Sangam.Api.Tests.Http;

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class ProductionModeTests
{
    [Fact]
    public async Task Production_refuses_to_start_without_a_signing_key()
    {
        var error = await new ProductionServer(withKey: false).StartFailureAsync();
        Assert.Contains("No signing key is configured", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_a_short_key()
    {
        var error = await new ProductionServer(withKey: false, new()
        {
            ["Auth:SigningKeys:0:Id"] = "short",
            ["Auth:SigningKeys:0:Secret"] = Convert.ToBase64String(new byte[16]),
        }).StartFailureAsync();
        Assert.Contains("at least 32 bytes", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_the_key_a_sandbox_generated()
    {
        var error = await new ProductionServer(withKey: false, new()
        {
            ["Auth:SigningKeys:0:Id"] = "sandbox-local",
            ["Auth:SigningKeys:0:Secret"] = Convert.ToBase64String(new byte[48]),
        }).StartFailureAsync();
        Assert.Contains("is a sandbox key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_a_password_hashing_cost_below_the_minimum()
    {
        var error = await new ProductionServer(withKey: true, new() { ["Auth:PasswordHashIterations"] = "1000" }).StartFailureAsync();
        Assert.Contains("Auth:PasswordHashIterations must be at least 100000", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_refuses_a_proxy_network_that_trusts_every_address()
    {
        var error = await new ProductionServer(withKey: true, new() { ["ForwardedHeaders:KnownNetworks"] = "0.0.0.0/0" }).StartFailureAsync();
        Assert.Contains("trusts every address", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proxy_entry_that_is_not_an_address_stops_the_start_naming_the_setting()
    {
        var error = await new ProductionServer(withKey: true, new() { ["ForwardedHeaders:KnownProxies"] = "nginx.internal" }).StartFailureAsync();
        Assert.Contains("ForwardedHeaders:KnownProxies: 'nginx.internal' is not an IP address", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_maps_no_emulator_and_seeds_no_demo_login()
    {
        var server = new ProductionServer(withKey: true);
        await server.InitializeAsync();
        try
        {
            using var client = server.CreateClient();
            using var emulator = await client.GetAsync("/sandbox/_faults/ulip");
            using var demo = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "demo", password = "sangam-demo" });
            using var health = await client.GetAsync("/health/ready");

            await emulator.ShouldBeErrorEnvelopeAsync(HttpStatusCode.NotFound);
            Assert.Equal(HttpStatusCode.PartialContent, demo.StatusCode);
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_sandbox_without_configured_keys_generates_one_outside_the_repository()
    {
        var server = new SandboxWithoutKeyServer();
        await server.InitializeAsync();
        try
        {
            using var client = server.CreateClient();
            using var demo = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = "demo", password = "sangam-demo" });

            Assert.Equal(HttpStatusCode.OK, demo.StatusCode);
            var keyFile = Path.Combine(server.Database.DataDirectory, "sandbox-signing-key");
            Assert.True(File.Exists(keyFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private sealed class ProductionServer(bool withKey, Dictionary<string, string?>? extra = null) : SangamServer
    {
        protected override bool ConfigureSigningKey => withKey;

        protected override IReadOnlyDictionary<string, string?> Settings
        {
            get
            {
                var settings = new Dictionary<string, string?>
                {
                    ["Sangam:Mode"] = "Production",
                    ["Auth:PasswordHashIterations"] = PasswordOptions.MinimumProductionIterations.ToString(System.Globalization.CultureInfo.InvariantCulture),
                };
                foreach (var (key, value) in extra ?? [])
                {
                    settings[key] = value;
                }

                return settings;
            }
        }
    }

    private sealed class SandboxWithoutKeyServer : SangamServer
    {
        protected override bool ConfigureSigningKey => false;
    }
}
