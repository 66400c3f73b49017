using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Sandbox.Faults;
using Xunit;

namespace Sangam.Testing;

/// <summary>
/// A real Sangam server for one test class: Kestrel on a loopback port, sandbox mode with the emulators, its own
/// database (SQLite, or PostgreSQL with <c>SANGAM_TEST_DB=postgres</c>), a fake clock, real signing keys and captured
/// logs. Tests talk to it over HTTP and create their own accounts.
/// </summary>
public class SangamServer : WebApplicationFactory<Program>, IAsyncLifetime
{
    private static int s_accounts;

    private readonly bool _ownsDatabase;

    public SangamServer()
        : this(TestDatabase.Migrated(), ownsDatabase: true)
    {
    }

    /// <summary>Another node of the same deployment: a second server on <paramref name="database"/>, which stays with its owner.</summary>
    protected SangamServer(TestDatabase database)
        : this(database, ownsDatabase: false)
    {
    }

    /// <summary>A server on <paramref name="database"/>, which it drops when disposed if it <paramref name="ownsDatabase"/>.</summary>
    protected SangamServer(TestDatabase database, bool ownsDatabase)
    {
        Database = database;
        _ownsDatabase = ownsDatabase;
        UseKestrel(0);
    }

    public TestDatabase Database { get; }

    /// <summary>
    /// The server's clock. Starts at noon IST of the real day (so a test that moves it by hours never crosses a date
    /// boundary, whatever the hour it runs at) and moves only when a test advances it.
    /// </summary>
    public TestClock Clock { get; } = new(NoonIstToday());

    public CapturedLogs Logs { get; } = new();

    /// <summary>The signing key the server uses (tests forge tokens with other keys).</summary>
    public string SigningSecret { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public EmulatorFaults Faults => Services.GetRequiredService<EmulatorFaults>();

    /// <summary>Where the server listens (a loopback port chosen at start-up).</summary>
    public Uri BaseAddress
    {
        get
        {
            using var client = CreateClient();
            return client.BaseAddress!;
        }
    }

    /// <summary>
    /// Advances the clock by <paramref name="step"/> (default 5 s) until <paramref name="done"/> holds for what
    /// <paramref name="probe"/> returns, giving the background processes real time to run after each step.
    /// </summary>
    public async Task<T> AdvanceUntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? step = null, int maxSteps = 60)
    {
        var value = await probe();
        for (var i = 0; i < maxSteps && !done(value); i++)
        {
            Clock.Advance(step ?? TimeSpan.FromSeconds(5));
            await Task.Delay(100);
            value = await probe();
        }

        return done(value) ? value : throw new TimeoutException($"The condition did not hold after {maxSteps} steps; last value: {value}");
    }

    /// <summary>Extra configuration of a derived fixture (e.g. a low rate limit).</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Whether the fixture configures its signing key (tests of start-up refusal turn it off).</summary>
    protected virtual bool ConfigureSigningKey => true;

    public virtual async Task InitializeAsync()
    {
        await Database.PrepareAsync();
        StartServer();
    }

    /// <summary>Starts a server whose settings must stop it; returns what the settings' validation said, joined by " | ".</summary>
    public async Task<string> StartFailureAsync()
    {
        try
        {
            var exception = await Record.ExceptionAsync(InitializeAsync);
            while (exception is AggregateException or System.Reflection.TargetInvocationException && exception.InnerException is not null)
            {
                exception = exception.InnerException;
            }

            return string.Join(" | ", Assert.IsType<Microsoft.Extensions.Options.OptionsValidationException>(exception).Failures);
        }
        finally
        {
            await Database.DropAsync();
        }
    }

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase)
        {
            await Database.DropAsync();
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Sangam:Mode"] = "Sandbox",
            ["Sangam:DataDirectory"] = Database.DataDirectory,
            ["Database:Provider"] = Database.Provider,
            ["Database:ConnectionString"] = Database.ConnectionString,
            ["Database:PoolSize"] = "16",
            ["Auth:LoginRequestsPerMinutePerAddress"] = "100000",
            ["Logging:LogLevel:Default"] = "Information",
            // Signing the sandbox IRP's e-invoice dataset costs seconds of CPU; tests that need it ask for a small one.
            ["Sandbox:Irp:InvoicesPerMonth"] = "0",
            // So do the sandbox company registry, a fresh RSA key and password hashes at production cost.
            ["Sandbox:Mca:SeedRegistry"] = "false",
            ["Sandbox:Irp:KeyFile"] = TestKeys.IrpEmulatorKeyFile,
            ["Auth:PasswordHashIterations"] = TestKeys.PasswordHashIterations,
        };
        if (ConfigureSigningKey)
        {
            settings["Auth:SigningKeys:0:Id"] = "test-key";
            settings["Auth:SigningKeys:0:Secret"] = SigningSecret;
        }

        foreach (var (key, value) in Settings)
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.UseEnvironment("Testing");
        // Tests read the captured log; a console log of every request would only cost time (and mix into the output of
        // the command-line tests, which run in this process).
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>A new account with the given families (all when none are named), one Subid and one member user.</summary>
    public async Task<TestUser> CreateAccountAsync(params ApiFamily[] families)
    {
        var number = Interlocked.Increment(ref s_accounts);
        var slug = $"t{number}-{Guid.NewGuid().ToString("N")[..8]}";
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var account = Expect(await accounts.CreateAsync(slug, $"Test account {number}", families.Length == 0 ? ApiFamilies.All : families, CancellationToken.None));
        Expect(await accounts.AddSubidAsync(slug, "SUB-" + slug, CancellationToken.None));
        var user = Expect(await users.AddUserAsync(slug, "user-" + slug, $"{slug}@example.com", password, UserRole.Member, CancellationToken.None));
        return new TestUser(account.Id, slug, user.Id, user.Username, password, "SUB-" + slug);
    }

    /// <summary>A new account whose only user has the admin role.</summary>
    public async Task<TestUser> CreateAdminAsync()
    {
        var member = await CreateAccountAsync();
        var password = "pw-" + Guid.NewGuid().ToString("N");
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserAdministration>();
        var admin = Expect(await users.AddUserAsync(member.Slug, "admin-" + member.Slug, null, password, UserRole.Admin, CancellationToken.None));
        return member with { UserId = admin.Id, Username = admin.Username, Password = password };
    }

    /// <summary>Logs in over HTTP and returns the access and refresh tokens.</summary>
    public async Task<(string Access, string Refresh)> LoginAsync(TestUser user)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/api/v2/token-auth/", new { username = user.Username, password = user.Password });
        response.EnsureSuccessStatusCode();
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return ((string)body["token"]!, (string)body["refresh_token"]!);
    }

    /// <summary>An HTTP client that sends <c>Authorization: JWT &lt;token&gt;</c> of a fresh login of <paramref name="user"/>.</summary>
    public async Task<HttpClient> ClientForAsync(TestUser user)
    {
        var (access, _) = await LoginAsync(user);
        return ClientWithToken(access);
    }

    public HttpClient ClientWithToken(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("JWT", accessToken);
        return client;
    }

    private static DateTimeOffset NoonIstToday()
    {
        var ist = TimeSpan.FromHours(5.5);
        var today = DateTimeOffset.UtcNow.ToOffset(ist).Date;
        return new DateTimeOffset(today.AddHours(12), ist).ToUniversalTime();
    }

    private static T Expect<T>(AdminResult<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"Test setup failed: {result.Message}");
}

/// <summary>An account and one of its users, created by a test.</summary>
public sealed record TestUser(long AccountId, string Slug, long UserId, string Username, string Password, string Subid);
