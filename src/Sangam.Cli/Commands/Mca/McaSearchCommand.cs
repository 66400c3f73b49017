using System.ComponentModel;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Mca;

/// <summary><c>sangam mca search NAME</c>: companies by name, best match first.</summary>
public sealed class McaSearchCommand : ApiCommand<McaSearchCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<name>")]
        [Description("Words of the name; the last may be incomplete. Quote several words.")]
        public string Name { get; init; } = "";

        [CommandOption("--limit <N>")]
        [Description("At most this many companies (1-100, default 20).")]
        public int? Limit { get; init; }
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var result = await client.Mca.SearchAsync(settings.Name, settings.Limit, cancellationToken);
        if (settings.Json)
        {
            Output.Json(result);
            return 0;
        }

        if (result.Count == 0)
        {
            AnsiConsole.MarkupLine("[yellow]No company matches.[/]");
            return 0;
        }

        var table = new Table().AddColumn(new TableColumn("CIN").NoWrap()).AddColumns("Name", "Status", "Class", "RoC", "State", "Incorporated");
        foreach (var hit in result.Data)
        {
            table.AddRow(hit.Cin, Markup.Escape(hit.CompanyName), Markup.Escape(hit.CompanyStatus), Markup.Escape(hit.CompanyClass),
                Markup.Escape(hit.RocCode), Markup.Escape(hit.State), Output.Format(hit.IncorporationDate));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}
