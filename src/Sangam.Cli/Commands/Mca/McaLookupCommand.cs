using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Mca;

/// <summary><c>sangam mca CIN</c>: the MCA company status of a CIN or LLPIN.</summary>
public sealed class McaLookupCommand : ApiCommand<McaLookupCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<cin>")]
        [Description("CIN (L17110MH1973PLC019786) or LLPIN (AAB-1234).")]
        public string Cin { get; init; } = "";
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var company = await client.Mca.GetCompanyAsync(settings.Cin, cancellationToken);
        if (settings.Json)
        {
            Output.Json(company);
            return company is null ? ExitCodes.NotFound : ExitCodes.Ok;
        }

        if (company is null)
        {
            AnsiConsole.MarkupLine($"[yellow]No company or LLP with the identifier {Markup.Escape(settings.Cin)} is known.[/]");
            return ExitCodes.NotFound;
        }

        Output.Fields(
            ("CIN", company.Cin),
            ("Name", company.CompanyName),
            ("Status", company.CompanyStatus),
            ("Incorporated", company.IncorporationDate?.ToString("dd MMM yyyy", CultureInfo.InvariantCulture)),
            ("RoC", company.RocCode),
            ("Registered office", company.RegisteredAddress),
            ("Email", company.Email),
            ("Contact", company.RegisteredContactNo),
            ("Audited financials", company.FinancialAuditStatus));
        if (company.FinancialDetails.Count > 0)
        {
            var table = new Table().AddColumns("Year", "Turnover", "Profit/loss");
            table.Columns[1].RightAligned();
            table.Columns[2].RightAligned();
            foreach (var year in company.FinancialDetails)
            {
                table.AddRow(year.Year.ToString(CultureInfo.InvariantCulture), Output.Rupees(year.TurnOver), Output.Rupees(year.ProfitLoss));
            }

            AnsiConsole.Write(table);
        }

        return 0;
    }
}
