using System.Text.RegularExpressions;

namespace Sangam.Ocr.Layout;

/// <summary>A column to look for: its key and the header text that announces it.</summary>
public sealed record TableColumn(string Key, Regex Header)
{
    /// <summary>A column whose header is one of the regular-expression alternatives, matched as whole words, ignoring case.</summary>
    public static TableColumn Named(string key, string headerAlternatives) =>
        new(key, new Regex($@"(?<![\p{{L}}])(?:{headerAlternatives})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
}

/// <summary>One cell's words.</summary>
public sealed record TableCell(IReadOnlyList<Word> Words)
{
    public string Text { get; } = string.Join(' ', Words.Select(word => word.Text));

    public double Confidence => Words.Min(word => word.Confidence);
}

/// <summary>One table row: cells by column key (absent keys are empty cells).</summary>
public sealed record TableRow(int PageNumber, IReadOnlyDictionary<string, TableCell> Cells);

/// <summary>What a table looks like on the page and where it ends.</summary>
/// <param name="Columns">The columns to recognise by their header text; at least <paramref name="MinimumHeaderMatches"/> must be found on one line.</param>
/// <param name="ContinuationColumn">A row with text only in this column continues the previous row (a wrapped description).</param>
/// <param name="End">A line matching this ends the table (e.g. "Total", "Sub Total").</param>
/// <param name="MinimumHeaderMatches">How many column headers identify the header line.</param>
public sealed record TableSpec(IReadOnlyList<TableColumn> Columns, string ContinuationColumn, Regex End, int MinimumHeaderMatches = 3);
