using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.EInvoices;
using Sangam.India;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.EInvoices;

public sealed class IrnListCommand : ApiCommand<IrnListCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--gstin <GSTIN>")]
        [Description("A GSTIN of your account, e.g. 27AAPFU0939F1ZV.")]
        public string? Gstin { get; init; }

        [CommandOption("--year <YEAR>")]
        [Description("Year of acknowledgement, e.g. 2026 (with --month; or give --from and --to instead).")]
        public int? Year { get; init; }

        [CommandOption("--month <MONTH>")]
        [Description("Month of acknowledgement, 1-12.")]
        public int? Month { get; init; }

        [CommandOption("--type <TYPE>")]
        [Description("purchase (the GSTIN is the buyer, the default) or sales (the seller).")]
        public string Type { get; init; } = "purchase";

        [CommandOption("--from <DATE>")]
        [Description("First acknowledgement day: 01/11/2026, 1.11.2026, 01-11-2026 or 2026-11-01. Without --year and --month, lists every month up to --to.")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last acknowledgement day, in the same forms (at most 366 days after --from).")]
        public string? To { get; init; }

        [CommandOption("--page <PAGE>")]
        [Description("Page to show (default 1).")]
        public int Page { get; init; } = 1;

        [CommandOption("--page-size <SIZE>")]
        [Description("Items per page, at most 2000 (the default).")]
        public int PageSize { get; init; } = EInvoicesClient.MaxPageSize;

        [CommandOption("--all")]
        [Description("Walk every page.")]
        public bool All { get; init; }

        [CommandOption("--csv")]
        [Description("Write the rows with every column (full IRN, e-way bill, cancellation) as CSV, for spreadsheets.")]
        public bool Csv { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Gstin) ? ValidationResult.Error("--gstin is required, e.g. --gstin 27AAPFU0939F1ZV")
            : From is not null && Day(From) is null ? ValidationResult.Error("--from must be a day such as 01/11/2026 or 2026-11-01")
            : To is not null && Day(To) is null ? ValidationResult.Error("--to must be a day such as 30/11/2026 or 2026-11-30")
            : Year is null && Month is null && (From is null || To is null) ? ValidationResult.Error("give --year and --month, or --from and --to")
            : Year is null != Month is null ? ValidationResult.Error("--year and --month go together, e.g. --year 2026 --month 10")
            : Month is not (null or (>= 1 and <= 12)) ? ValidationResult.Error("--month must be 1-12")
            : Type is not ("purchase" or "sales") ? ValidationResult.Error("--type must be purchase or sales")
            : Day(To) < Day(From) ? ValidationResult.Error("--from must not be after --to")
            : Year is null && Day(To)!.Value.DayNumber - Day(From)!.Value.DayNumber >= EInvoicesClient.MaxRangeDays
                ? ValidationResult.Error($"--from to --to may span at most {EInvoicesClient.MaxRangeDays} days")
            : Page < 1 ? ValidationResult.Error("--page must be 1 or more")
            : PageSize is < 1 or > EInvoicesClient.MaxPageSize ? ValidationResult.Error("--page-size must be 1-2000")
            : Csv && Json ? ValidationResult.Error("--csv and --json do not go together")
            : ValidationResult.Success();

        internal IrnType IrnType => Type == "sales" ? IrnType.Sales : IrnType.Purchase;

        internal DateOnly? AckDateFrom => Day(From);

        internal DateOnly? AckDateTo => Day(To);

        /// <summary>The period in words, for the title.</summary>
        internal string Period => Year is { } year
            ? string.Create(CultureInfo.InvariantCulture, $"{year}-{Month:00}")
            : $"{IrnTable.Date(AckDateFrom!.Value)} to {IrnTable.Date(AckDateTo!.Value)}";

        // The forms the API accepts: dd/mm/yyyy, dd.mm.yyyy, dd-mm-yyyy, yyyy-mm-dd, leading zeros optional.
        private static DateOnly? Day(string? text) =>
            text is { Length: <= 10 } && GovernmentDate.TryParse(text, out var day) ? day : null;
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        IReadOnlyList<IrnListItem> items;
        IrnListPage? page = null;
        if (settings.All)
        {
            items = await ListAllAsync(client, settings, cancellationToken);
        }
        else
        {
            (items, page) = await ListPageAsync(client, settings, cancellationToken);
        }

        var exitCode = items.Count > 0 ? ExitCodes.Ok : ExitCodes.NotFound;
        if (settings.Json)
        {
            Output.Json<object>(page is null ? items : page);
            return exitCode;
        }

        if (settings.Csv)
        {
            IrnTable.WriteCsv(Console.Out, items);
            return exitCode;
        }

        var side = settings.IrnType == IrnType.Sales ? "Sales" : "Purchases";
        var title = page?.TotalPage is { } pages
            ? string.Create(CultureInfo.InvariantCulture, $"page {page.Page} of {pages}, {page.Count} e-invoices")
            : string.Create(CultureInfo.InvariantCulture, $"{items.Count} e-invoices");
        Output.TableOrNote(
            IrnTable.Build($"{side} of {settings.Gstin}, {settings.Period}: {title}", settings.IrnType, items),
            $"No e-invoices: {side.ToLowerInvariant()} of {settings.Gstin}, {settings.Period}.");
        return exitCode;
    }

    private static async Task<IReadOnlyList<IrnListItem>> ListAllAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var items = settings.Year is { } year
            ? client.EInvoices.ListAllAsync(settings.Gstin!, year, settings.Month!.Value, settings.IrnType, settings.AckDateFrom, settings.AckDateTo, settings.PageSize, cancellationToken)
            : client.EInvoices.ListAllAsync(settings.Gstin!, settings.IrnType, settings.AckDateFrom!.Value, settings.AckDateTo!.Value, settings.PageSize, cancellationToken);
        var all = new List<IrnListItem>();
        await foreach (var item in items)
        {
            all.Add(item);
        }

        return all;
    }

    private static async Task<(IReadOnlyList<IrnListItem> Items, IrnListPage Page)> ListPageAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var page = settings.Year is { } year
            ? await client.EInvoices.ListAsync(settings.Gstin!, year, settings.Month!.Value, settings.IrnType, settings.AckDateFrom, settings.AckDateTo,
                settings.Page, settings.PageSize, cancellationToken)
            : await client.EInvoices.ListAsync(settings.Gstin!, settings.IrnType, settings.AckDateFrom!.Value, settings.AckDateTo!.Value,
                settings.Page, settings.PageSize, cancellationToken);
        return (page.Data, page);
    }
}
