using Sangam.Client;
using Spectre.Console.Cli;

namespace Sangam.Cli.Infrastructure;

/// <summary>
/// A command that calls the API with the stored login. Subclasses implement <see cref="RunAsync"/>; API errors,
/// missing logins and network failures become one red line and the exit code of <see cref="ExitCodes"/>.
/// </summary>
public abstract class ApiCommand<TSettings> : AsyncCommand<TSettings>
    where TSettings : GlobalSettings
{
    public sealed override async Task<int> ExecuteAsync(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            using var client = ClientFactory.Create(settings, Timeout);
            return await RunAsync(client, settings, cancellationToken);
        }
        catch (SangamException e)
        {
            Output.Error(e);
            return ExitCodes.For(e);
        }
        catch (CliException e)
        {
            Output.Error(e.Message);
            return e.ExitCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Output.Error(e.Message);
            return ExitCodes.Unavailable;
        }
    }

    /// <summary>How long one API call may take; null for the SDK's default. Long uploads need more.</summary>
    protected virtual TimeSpan? Timeout => null;

    protected abstract Task<int> RunAsync(SangamClient client, TSettings settings, CancellationToken cancellationToken);
}
