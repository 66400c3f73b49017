using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Sangam.Api.Auth;
using Sangam.Api.Data;
using Sangam.Api.Hosting;
using Sangam.Api.Hosting.Cluster;
using Sangam.Api.Mca.Import;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

/// <summary>
/// <c>Sangam.Api admin ...</c> (wrapped by <c>./sangam-admin</c>): account and user management straight against the
/// configured database, without the server running. Configuration comes from the same appsettings files and
/// environment variables as the server.
/// </summary>
public static class OperatorCommands
{
    public const string Verb = "admin";

    public static bool IsOperatorInvocation(string[] args) => args.Length > 0 && args[0] == Verb;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, settings: []);

    /// <param name="args">The command line, starting with <see cref="Verb"/>.</param>
    /// <param name="settings">Settings over those of the appsettings files and the environment (a host embedding the commands).</param>
    public static async Task<int> RunAsync(string[] args, IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output is for the commands' results (JSON for scripts); logs go to standard error.
        builder.Logging.ClearProviders().AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddOptions<PlatformOptions>().BindConfiguration(PlatformOptions.Section);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMemoryCache();
        builder.Services.AddCluster();
        builder.AddSangamData();
        builder.Services.AddAuth();
        builder.Services.AddAccounts();
        builder.Services.AddScoped<RegistryImporter>();
        if (args.Length > 1 && args[1] != "migrate" && !args.Contains("--help") && !args.Contains("-h"))
        {
            // A first command against a new database finds its schema in place.
            await using var services = builder.Services.BuildServiceProvider();
            await MigrateCommand.MigrateAsync(services.GetRequiredService<SangamDb>(), CancellationToken.None);
        }

        var app = new CommandApp(new ServiceRegistrar(builder.Services));
        app.Configure(config =>
        {
            config.SetApplicationName("sangam-admin");
            // Help and usage errors go to the console the commands write to, not to one Spectre keeps for itself.
            config.ConfigureConsole(AnsiConsole.Console);
            config.AddCommand<MigrateCommand>("migrate").WithDescription("Apply pending database migrations.");
            config.AddBranch("accounts", accounts =>
            {
                accounts.SetDescription("Customer accounts.");
                accounts.AddCommand<ListAccountsCommand>("list").WithDescription("List accounts with their families, Subids, GSTINs and users.");
                accounts.AddCommand<ShowAccountCommand>("show").WithDescription("Show one account.");
                accounts.AddCommand<CreateAccountCommand>("create").WithDescription("Create an account.")
                    .WithExample("accounts", "create", "acme", "--name", "Acme Logistics Pvt Ltd", "--families", "vehicle,ocr");
                accounts.AddCommand<SetAccountEnabledCommand.Disable>("disable").WithDescription("Disable an account: its tokens stop working.");
                accounts.AddCommand<SetAccountEnabledCommand.Enable>("enable").WithDescription("Enable a disabled account.");
                accounts.AddCommand<RateLimitCommand>("rate-limit").WithDescription("Set requests per minute, or 'default'.");
            });
            config.AddBranch("families", families =>
            {
                families.SetDescription($"API families an account may call ({ApiFamilies.WireNames}).");
                families.AddCommand<FamilyCommand.Grant>("grant").WithDescription("Let the account call these families.");
                families.AddCommand<FamilyCommand.Revoke>("revoke").WithDescription("Stop the account calling these families.");
            });
            config.AddBranch("gstins", gstins =>
            {
                gstins.SetDescription("GSTINs an account owns (checked with the GSTIN check character).");
                gstins.AddCommand<GstinCommand.Add>("add");
                gstins.AddCommand<GstinCommand.Remove>("remove");
            });
            config.AddBranch("subids", subids =>
            {
                subids.SetDescription("Subscription ids (the Subid header) of an account.");
                subids.AddCommand<SubidCommand.Add>("add");
                subids.AddCommand<SubidCommand.Remove>("remove");
            });
            config.AddBranch("users", users =>
            {
                users.SetDescription("Logins. Passwords are read from standard input or a prompt, never from arguments.");
                users.AddCommand<AddUserCommand>("add").WithDescription("Add a user to an account.")
                    .WithExample("users", "add", "acme", "priya", "--email", "priya@acme.example");
                users.AddCommand<SetUserEnabledCommand.Disable>("disable").WithDescription("Disable a user: its tokens stop working at once.");
                users.AddCommand<SetUserEnabledCommand.Enable>("enable").WithDescription("Enable a disabled user.");
                users.AddCommand<SetPasswordCommand>("password").WithDescription("Set a user's password: its tokens stop working at once.");
            });
            config.AddBranch("api-keys", keys =>
            {
                keys.SetDescription("API keys of an account for machine clients (Authorization: ApiKey <key>). A key is shown once, when created.");
                keys.AddCommand<ListApiKeysCommand>("list").WithDescription("List an account's keys (never their secrets).");
                keys.AddCommand<CreateApiKeyCommand>("create").WithDescription("Create a key and print it, this once.")
                    .WithExample("api-keys", "create", "acme", "--name", "billing export", "--families", "vehicle", "--expires", "2027-03-31");
                keys.AddCommand<RevokeApiKeyCommand>("revoke").WithDescription("Revoke a key: it stops working at once.");
            });
            config.AddBranch("mca", mca =>
            {
                mca.SetDescription("The MCA company registry behind the vendor verification APIs.");
                mca.AddCommand<McaImportCommand>("import").WithDescription("Import the MCA company master data CSV (streamed; re-imports update, never duplicate).")
                    .WithExample("mca", "import", "company-master-data.csv");
            });
        });

        return await app.RunAsync(args[1..]);
    }
}
