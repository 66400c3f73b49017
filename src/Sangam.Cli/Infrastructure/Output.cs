using System.Globalization;
using System.Text.Json;
using Sangam.Client;
using Sangam.Client.Http;
using Spectre.Console;

namespace Sangam.Cli.Infrastructure;

/// <summary>How commands print: readable tables for people, <c>--json</c> for scripts.</summary>
public static class Output
{
    private static readonly JsonSerializerOptions Indented = new(SangamJson.Options) { WriteIndented = true };

    private static readonly CultureInfo IndianNumbers = CultureInfo.GetCultureInfo("en-IN");

    public static void Json<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Indented));

    public static void Error(string message) => AnsiConsole.MarkupLine("[red]error:[/] " + Markup.Escape(message));

    /// <summary>The server's message, then its hint (what to send, by example) and the trace id when it gave them.</summary>
    public static void Error(SangamException error)
    {
        Error(error.TraceId is null ? error.ErrorMessage : $"{error.ErrorMessage} (trace {error.TraceId})");
        if (error.Hint is { } hint)
        {
            AnsiConsole.MarkupLine("[yellow]hint:[/] " + Markup.Escape(hint));
        }
    }

    /// <summary>The table, or the note instead when it has no rows: an empty table tells a reader nothing.</summary>
    public static void TableOrNote(Table table, string note)
    {
        if (table.Rows.Count > 0)
        {
            AnsiConsole.Write(table);
        }
        else
        {
            AnsiConsole.MarkupLine("[yellow]" + Markup.Escape(note) + "[/]");
        }
    }

    /// <summary>An amount in rupees with Indian digit grouping: ₹12,34,567.50.</summary>
    public static string Rupees(decimal amount) => "₹" + amount.ToString("#,##0.00", IndianNumbers);

    /// <summary>A two-column grid of labels and values; nulls print as "-".</summary>
    public static void Fields(params (string Label, object? Value)[] fields)
    {
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (label, value) in fields)
        {
            grid.AddRow(new Markup("[bold]" + Markup.Escape(label) + "[/]"), new Text(Format(value)));
        }

        AnsiConsole.Write(grid);
    }

    public static string Format(object? value) => value switch
    {
        null => "-",
        string s when s.Length == 0 => "-",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "-",
    };
}
