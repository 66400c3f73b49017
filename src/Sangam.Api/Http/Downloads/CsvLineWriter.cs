using System.Text;

namespace Sangam.Api.Http.Downloads;

/// <summary>
/// Writes RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted (its quotes doubled) only
/// when it holds a comma, a quote or a line break. Writes are asynchronous, so a response body can be streamed.
/// </summary>
internal sealed class CsvLineWriter(TextWriter writer)
{
    /// <summary>UTF-8 without a byte-order mark, as RFC 4180 and most importers expect.</summary>
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly StringBuilder _line = new(512);

    public async Task WriteAsync(IEnumerable<string> fields, CancellationToken cancellationToken)
    {
        _line.Clear();
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                _line.Append(',');
            }

            Append(field);
            first = false;
        }

        _line.Append("\r\n");
        await writer.WriteAsync(_line, cancellationToken);
    }

    private void Append(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            _line.Append(field);
            return;
        }

        _line.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
    }
}
