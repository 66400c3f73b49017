using System.Text.RegularExpressions;

namespace Sangam.Ocr.Layout;

/// <summary>A column to look for: its key, the header text that announces it, and (optionally) what its cells hold.</summary>
/// <param name="Key">The cell key rows use.</param>
/// <param name="Header">Matches the header.</param>
/// <param name="Content">Matches every text its cells can hold; text that does not match belongs to a neighbouring column
/// (a description printed left of its centred header falls under the serial number's header).</param>
public sealed record TableColumn(string Key, Regex Header, Regex? Content = null)
{
    /// <summary>A column whose header is one of the regular-expression alternatives, matched as whole words, ignoring case.</summary>
    public static TableColumn Named(string key, string headerAlternatives, string? content = null) =>
        new(
            key,
            new Regex($@"(?<![\p{{L}}])(?:{headerAlternatives})(?![\p{{L}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)),
            content is null ? null : new Regex(content, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    /// <summary>True when a cell of this column can hold <paramref name="text"/>.</summary>
    public bool Accepts(string text) => Content?.IsMatch(text) ?? true;
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
/// <param name="End">A line starting with this ends the table (e.g. "Total", "Sub Total").</param>
/// <param name="MinimumHeaderMatches">How many column headers identify the header line.</param>
/// <param name="EndInLine">A phrase starting with this anywhere on a line also ends the table ("... Total Qty : 110   Sub Total").</param>
/// <param name="Figures">The columns whose figure completes a row (a price, an amount): a row that names something without
/// one takes the figures printed on the lines under it.</param>
public sealed partial record TableSpec(IReadOnlyList<TableColumn> Columns, string ContinuationColumn, Regex End, int MinimumHeaderMatches = 3, Regex? EndInLine = null, IReadOnlyList<string>? Figures = null)
{
    /// <summary>
    /// True when a row holds a figure: a digit in one of <see cref="Figures"/>, <paramref name="cellText"/> giving a
    /// column's text (null for an empty cell). A mark alone ("&amp;", "|") is none, nor is a rate ("18%") that strayed in.
    /// </summary>
    public bool HasFigure(Func<string, string?> cellText) =>
        Figures?.Any(key => cellText(key) is { } text && Rate().Replace(text, string.Empty).Any(char.IsAsciiDigit)) ?? false;

    /// <summary>A rate printed with its per cent sign ("18%", "2.5 %"), the number in group 1.</summary>
    [GeneratedRegex(@"(\d{1,2}(?:\.\d{1,2})?)\s?%", RegexOptions.CultureInvariant)]
    internal static partial Regex Rate();
}
