using Sangam.Client;
using Spectre.Console.Cli;

namespace Sangam.Cli.Infrastructure;

/// <summary>
/// A command that calls the API with the stored login. Subclasses implement <see cref="RunAsync"/>; API errors,
/// missing logins and network failures become one red line and exit code 1.
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
            Output.Error(e.TraceId is null ? e.ErrorMessage : $"{e.ErrorMessage} (trace {e.TraceId})");
            return 1;
        }
        catch (Exception e) when (e is CliException or HttpRequestException or TaskCanceledException)
        {
            Output.Error(e.Message);
            return 1;
        }
    }

    /// <summary>How long one API call may take; null for the SDK's default. Long uploads need more.</summary>
    protected virtual TimeSpan? Timeout => null;

    protected abstract Task<int> RunAsync(SangamClient client, TSettings settings, CancellationToken cancellationToken);
}
