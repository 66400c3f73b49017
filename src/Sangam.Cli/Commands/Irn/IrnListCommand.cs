using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.EInvoices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.Irn;

public sealed class IrnListCommand : ApiCommand<IrnListCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandOption("--gstin <GSTIN>")]
        [Description("A GSTIN of your account.")]
        public string? Gstin { get; init; }

        [CommandOption("--year <YEAR>")]
        [Description("Year of acknowledgement, e.g. 2026.")]
        public int? Year { get; init; }

        [CommandOption("--month <MONTH>")]
        [Description("Month of acknowledgement, 1-12.")]
        public int? Month { get; init; }

        [CommandOption("--type <TYPE>")]
        [Description("purchase (the GSTIN is the buyer, the default) or sales (the seller).")]
        public string Type { get; init; } = "purchase";

        [CommandOption("--from <DATE>")]
        [Description("First acknowledgement day, dd/MM/yyyy.")]
        public string? From { get; init; }

        [CommandOption("--to <DATE>")]
        [Description("Last acknowledgement day, dd/MM/yyyy.")]
        public string? To { get; init; }

        [CommandOption("--page <PAGE>")]
        [Description("Page to show (default 1).")]
        public int Page { get; init; } = 1;

        [CommandOption("--page-size <SIZE>")]
        [Description("Items per page, at most 2000 (the default).")]
        public int PageSize { get; init; } = EInvoicesClient.MaxPageSize;

        [CommandOption("--all")]
        [Description("Walk every page of the month.")]
        public bool All { get; init; }

        public override ValidationResult Validate() =>
            string.IsNullOrWhiteSpace(Gstin) ? ValidationResult.Error("--gstin is required")
            : Year is null ? ValidationResult.Error("--year is required")
            : Month is not (>= 1 and <= 12) ? ValidationResult.Error("--month is required, 1-12")
            : Type is not ("purchase" or "sales") ? ValidationResult.Error("--type must be purchase or sales")
            : From is not null && Dates.Parse(From) is null ? ValidationResult.Error("--from must be dd/MM/yyyy")
            : To is not null && Dates.Parse(To) is null ? ValidationResult.Error("--to must be dd/MM/yyyy")
            : Page < 1 ? ValidationResult.Error("--page must be 1 or more")
            : PageSize is < 1 or > EInvoicesClient.MaxPageSize ? ValidationResult.Error("--page-size must be 1-2000")
            : ValidationResult.Success();

        internal IrnType IrnType => Type == "sales" ? IrnType.Sales : IrnType.Purchase;

        internal DateOnly? AckDateFrom => Dates.Parse(From);

        internal DateOnly? AckDateTo => Dates.Parse(To);
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var (from, to) = (settings.AckDateFrom, settings.AckDateTo);
        var (gstin, year, month) = (settings.Gstin!, settings.Year!.Value, settings.Month!.Value);
        string title;
        IReadOnlyList<IrnListItem> items;
        if (settings.All)
        {
            var all = new List<IrnListItem>();
            await foreach (var item in client.EInvoices.ListAllAsync(gstin, year, month, settings.IrnType, from, to, settings.PageSize, cancellationToken))
            {
                all.Add(item);
            }

            (items, title) = (all, $"{all.Count} e-invoices");
            if (settings.Json)
            {
                Output.Json(all);
                return 0;
            }
        }
        else
        {
            var page = await client.EInvoices.ListAsync(gstin, year, month, settings.IrnType, from, to, settings.Page, settings.PageSize, cancellationToken);
            if (settings.Json)
            {
                Output.Json(page);
                return 0;
            }

            (items, title) = (page.Data, page.TotalPage is { } pages
                ? $"page {settings.Page} of {pages}, {page.Count} e-invoices"
                : page.Message);
        }

        var side = settings.IrnType == IrnType.Sales ? "Sales" : "Purchases";
        var table = new Table().Title(Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{side} of {gstin}, {year}-{month:00}: {title}")))
            .AddColumn("Acknowledged").AddColumn(new TableColumn("IRN").NoWrap())
            .AddColumns("Document", "Date", settings.IrnType == IrnType.Sales ? "Buyer" : "Seller", "Value", "Status", "E-way bill");
        foreach (var item in items)
        {
            table.AddRow(
                Markup.Escape(item.AckDt), item.Irn, Markup.Escape($"{item.DocType} {item.DocNum}"), Markup.Escape(item.DocDt),
                settings.IrnType == IrnType.Sales ? item.BuyerGstin : item.SupplierGstin,
                Output.Format(item.TotInvAmt), item.IsCancelled ? "[red]CNL[/]" : "ACT", Output.Format(item.EwbNo));
        }

        AnsiConsole.Write(table);
        return 0;
    }
}

/// <summary>The IRN APIs' day format, dd/MM/yyyy.</summary>
internal static class Dates
{
    /// <summary>The day, or null when absent or not dd/MM/yyyy.</summary>
    public static DateOnly? Parse(string? text) =>
        DateOnly.TryParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
