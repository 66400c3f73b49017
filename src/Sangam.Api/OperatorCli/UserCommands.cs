using System.ComponentModel;
using Sangam.Api.Accounts;
using Sangam.Api.Administration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Api.OperatorCli;

internal sealed class UsernameSettings : CommandSettings
{
    [CommandArgument(0, "<username>")]
    public string Username { get; init; } = "";
}

internal sealed class AddUserCommand(UserAdministration users) : AsyncCommand<AddUserCommand.Settings>
{
    public sealed class Settings : AccountSettings
    {
        [CommandArgument(1, "<username>")]
        public string Username { get; init; } = "";

        [CommandOption("--email <EMAIL>")]
        public string? Email { get; init; }

        [CommandOption("--admin")]
        [Description("Give the user the admin role (platform administration endpoints).")]
        public bool Admin { get; init; }
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await users.AddUserAsync(settings.Slug, settings.Username, settings.Email, PasswordInput.Read(),
            settings.Admin ? UserRole.Admin : UserRole.Member, cancellationToken));
}

internal abstract class SetUserEnabledCommand(UserAdministration users, bool disable) : AsyncCommand<UsernameSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsernameSettings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await users.SetUserDisabledAsync(settings.Username, disable, cancellationToken));

    internal sealed class Disable(UserAdministration users) : SetUserEnabledCommand(users, disable: true);

    internal sealed class Enable(UserAdministration users) : SetUserEnabledCommand(users, disable: false);
}

internal sealed class SetPasswordCommand(UserAdministration users) : AsyncCommand<UsernameSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, UsernameSettings settings, CancellationToken cancellationToken) =>
        OperatorOutput.Print(await users.SetPasswordAsync(settings.Username, PasswordInput.Read(), cancellationToken));
}

/// <summary>
/// Passwords come from standard input (first line) when there is no terminal to prompt on, else from a hidden prompt;
/// never from arguments.
/// </summary>
internal static class PasswordInput
{
    public static string Read()
    {
        if (Console.IsInputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return Console.In.ReadLine()?.TrimEnd('\r', '\n') ?? "";
        }

        var password = AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
        var again = AnsiConsole.Prompt(new TextPrompt<string>("Again:").Secret());
        return password == again ? password : throw new InvalidOperationException("The two passwords differ.");
    }
}
