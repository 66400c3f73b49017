using System.ComponentModel;
using Spectre.Console.Cli;

namespace Sangam.Cli.Infrastructure;

/// <summary>Options every command takes.</summary>
public class GlobalSettings : CommandSettings
{
    [CommandOption("--base-url <URL>")]
    [Description("Server to talk to (default: $SANGAM_BASE_URL, then the server of the last login, then http://localhost:8080).")]
    public string? BaseUrl { get; init; }

    [CommandOption("--json")]
    [Description("Print the answer as JSON, for scripts.")]
    public bool Json { get; init; }
}
