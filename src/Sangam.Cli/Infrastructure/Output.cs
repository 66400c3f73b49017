using System.Globalization;
using System.Text.Json;
using Sangam.Client.Http;
using Spectre.Console;

namespace Sangam.Cli.Infrastructure;

/// <summary>How commands print: readable tables for people, <c>--json</c> for scripts.</summary>
public static class Output
{
    private static readonly JsonSerializerOptions Indented = new(SangamJson.Options) { WriteIndented = true };

    public static void Json<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Indented));

    public static void Error(string message) => AnsiConsole.MarkupLine("[red]error:[/] " + Markup.Escape(message));

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
