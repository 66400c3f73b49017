using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client.Ocr;
using Spectre.Console;

namespace Sangam.Cli.Commands.Ocr;

/// <summary>Readable tables of a reading: fields with their accuracy, then line items, QR verdicts or containers.</summary>
internal static class OcrOutput
{
    public static void Print(OcrData data)
    {
        if (data.Invoices is [])
        {
            AnsiConsole.MarkupLine("[yellow]No invoice found in the document.[/]");
        }

        foreach (var (invoice, index) in (data.Invoices ?? []).Select((invoice, index) => (invoice, index + 1)))
        {
            Output.TableOrNote(FieldTable(data.Invoices!.Count > 1 ? $"Invoice {index} of {data.Invoices.Count}" : "Invoice", invoice.FieldData), "No invoice field could be read.");
            Output.TableOrNote(RowTable("Line items", invoice.TableData), "No line items could be read.");
        }

        foreach (var code in data.QrCodes ?? [])
        {
            PrintQrCode(code);
        }

        if (data.QrCodes is { Count: 0 })
        {
            AnsiConsole.MarkupLine("[yellow]" + Markup.Escape(data.Message ?? "No QR code found.") + "[/]");
        }

        foreach (var order in data.DeliveryOrders ?? [])
        {
            Output.TableOrNote(FieldTable("Delivery order", order.FieldData), "No delivery order field could be read.");
            var containers = new Table().Title("Containers").AddColumns("Number", "Check digit", "Accuracy");
            foreach (var container in order.Containers)
            {
                containers.AddRow(container.Number, container.CheckDigitValid ? "[green]valid[/]" : "[red]wrong[/]", Accuracy(container.Accuracy));
            }

            Output.TableOrNote(containers, "No container numbers could be read.");
        }

        if (data.Boe is { } boe)
        {
            Output.TableOrNote(FieldTable("Bill of entry", boe.Header), "No bill of entry field could be read.");
            Output.TableOrNote(RowTable("Invoices", boe.Invoices), "No invoices could be read from the bill of entry.");
            Output.TableOrNote(RowTable("Items", boe.Items), "No items could be read from the bill of entry.");
        }

        if (data.BoeFields is { Count: > 0 } flat)
        {
            var table = new Table().Title("Bill of entry").AddColumns("Field", "Value");
            foreach (var (key, value) in flat.OrderBy(f => f.Key, StringComparer.Ordinal))
            {
                table.AddRow(Markup.Escape(key), Markup.Escape(value.ToString()));
            }

            AnsiConsole.Write(table);
        }

        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture, "[grey]{0} of {1} page(s) read in {2:0.00} s[/]", data.PagesRead, data.PageCount, data.TimeTaken);
    }

    private static void PrintQrCode(QrCodeReading code)
    {
        var verdict = code.Signature switch
        {
            null => "-",
            { Verified: true } signature => $"[green]verified[/] ({Markup.Escape(signature.Issuer ?? "?")}, kid {Markup.Escape(signature.Kid ?? "?")})",
            { } signature => $"[red]not verified[/]: {Markup.Escape(signature.Reason ?? "?")}",
        };
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        grid.AddRow("[bold]Page[/]", code.Page.ToString(CultureInfo.InvariantCulture));
        grid.AddRow("[bold]Kind[/]", Markup.Escape(code.Kind));
        grid.AddRow("[bold]Signature[/]", verdict);
        foreach (var (claim, value) in code.Claims ?? new Dictionary<string, System.Text.Json.JsonElement>())
        {
            grid.AddRow(Markup.Escape(claim), Markup.Escape(value.ToString()));
        }

        if (code.Upi is { } upi)
        {
            grid.AddRow("[bold]UPI payee[/]", Markup.Escape($"{upi.PayeeName} <{upi.PayeeAddress}> {Output.Format(upi.Amount)} {upi.Currency}"));
        }

        if (code.Claims is null && code.Upi is null)
        {
            grid.AddRow("[bold]Text[/]", Markup.Escape(code.Raw));
        }

        AnsiConsole.Write(new Panel(grid).Header("QR code"));
    }

    private static Table FieldTable(string title, IReadOnlyDictionary<string, OcrField> fields)
    {
        var table = new Table().Title(title).AddColumns("Field", "Value", "Accuracy");
        foreach (var (key, field) in fields.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(key), Markup.Escape(field.Text), Accuracy(field.Accuracy));
        }

        return table;
    }

    private static Table RowTable(string title, IReadOnlyList<IReadOnlyDictionary<string, OcrField>> rows)
    {
        var columns = rows.SelectMany(row => row.Keys).Distinct(StringComparer.Ordinal).ToList();
        var table = new Table().Title(title);
        foreach (var column in columns)
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (var row in rows)
        {
            table.AddRow(columns.Select(column => row.TryGetValue(column, out var field) ? Markup.Escape(field.Text) : "-").ToArray());
        }

        return table;
    }

    // Low accuracy means guessed or failed a check: make it stand out.
    private static string Accuracy(double accuracy) => accuracy switch
    {
        >= 90 => $"[green]{accuracy:0.0}[/]",
        >= 60 => $"[yellow]{accuracy:0.0}[/]",
        _ => $"[red]{accuracy:0.0}[/]",
    };
}
