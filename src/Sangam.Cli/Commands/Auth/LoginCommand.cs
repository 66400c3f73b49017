using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Auth;

public sealed class LoginCommand : AsyncCommand<LoginCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("-u|--username <USERNAME>")]
        [Description("Username (prompted when omitted).")]
        public string? Username { get; init; }

        [CommandOption("--password-stdin")]
        [Description("Read the password from standard input instead of a prompt. Passwords are never taken as arguments.")]
        public bool PasswordStdin { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var baseUrl = ClientFactory.ResolveBaseUrl(settings, CredentialStore.Load());
        var username = settings.Username ?? AnsiConsole.Prompt(new TextPrompt<string>("Username:"));
        var password = settings.PasswordStdin || Console.IsInputRedirected
            ? Console.In.ReadLine() ?? ""
            : AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());

        using var client = new SangamClient(new SangamClientOptions { BaseAddress = new Uri(baseUrl) });
        try
        {
            var tokens = await client.Auth.LoginAsync(username, password, cancellationToken);
            CredentialStore.Save(new StoredCredentials(baseUrl, username, tokens.AccessToken, tokens.RefreshToken));
        }
        catch (SangamException e)
        {
            Output.Error(e);
            return ExitCodes.For(e);
        }
        catch (HttpRequestException e)
        {
            Output.Error($"Cannot reach {baseUrl}: {e.Message}");
            return ExitCodes.Unavailable;
        }

        if (settings.Json)
        {
            Output.Json(new { base_url = baseUrl, username, credentials = CredentialStore.FilePath });
        }
        else
        {
            AnsiConsole.MarkupLine("Logged in to [green]" + Markup.Escape(baseUrl) + "[/] as [green]" + Markup.Escape(username) + "[/]. Tokens saved in " + Markup.Escape(CredentialStore.FilePath) + ".");
        }

        return 0;
    }
}

public sealed class LogoutCommand : Command<GlobalSettings>
{
    public override int Execute(CommandContext context, GlobalSettings settings, CancellationToken cancellationToken)
    {
        Console.Out.WriteLine(CredentialStore.Delete() ? "Logged out: saved tokens deleted." : "Not logged in.");
        return 0;
    }
}

public sealed class WhoAmICommand : ApiCommand<GlobalSettings>
{
    protected override async Task<int> RunAsync(SangamClient client, GlobalSettings settings, CancellationToken cancellationToken)
    {
        var me = await client.Auth.WhoAmIAsync(cancellationToken);
        if (settings.Json)
        {
            Output.Json(me);
            return 0;
        }

        Output.Fields(
            ("User", $"{me.Username} ({me.Role})"),
            ("Account", $"{me.Account.Name} [{me.Account.Slug}]"),
            ("API families", string.Join(", ", me.Account.Families)),
            ("Subids", string.Join(", ", me.Account.Subids)),
            ("GSTINs", string.Join(", ", me.Account.Gstins)));
        return 0;
    }
}
