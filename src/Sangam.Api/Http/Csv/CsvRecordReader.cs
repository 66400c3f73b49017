using System.Text;

namespace Sangam.Api.Http.Csv;

/// <summary>
/// Reads RFC 4180 records one at a time from a text stream: quoted fields with doubled quotes, commas and line breaks
/// inside quotes, CRLF or LF. Memory stays constant however long the file is, and reads are asynchronous so a request
/// body can be imported as it arrives.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _field = new(256);
    private int _position;
    private int _length;
    private long _line = 1;

    // Where the scan is inside the current record; kept across buffer refills.
    private bool _quoted;
    private bool _quoteInQuoted;
    private bool _atFieldStart;
    private bool _recordStarted;

    /// <summary>The line on which the last record read starts (1-based), for messages about that record.</summary>
    public long RecordLine { get; private set; }

    /// <summary>True when the last record's quote was never closed (the rest of the input became one field).</summary>
    public bool UnterminatedQuote { get; private set; }

    /// <summary>Reads the next record into <paramref name="fields"/>; false at the end of the input.</summary>
    public async ValueTask<bool> ReadAsync(List<string> fields, CancellationToken cancellationToken)
    {
        fields.Clear();
        RecordLine = _line;
        UnterminatedQuote = false;
        _quoted = _quoteInQuoted = _recordStarted = false;
        _atFieldStart = true;
        while (true)
        {
            if (_position == _length)
            {
                _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
                _position = 0;
                if (_length == 0)
                {
                    if (!_recordStarted)
                    {
                        return false;
                    }

                    UnterminatedQuote = _quoted && !_quoteInQuoted;
                    EndField(fields);
                    return true;
                }
            }

            if (ScanBuffered(fields))
            {
                return true;
            }
        }
    }

    /// <summary>Consumes buffered characters; true when a record ended, false when the buffer ran out first.</summary>
    private bool ScanBuffered(List<string> fields)
    {
        _recordStarted = true;
        while (_position < _length)
        {
            var c = _buffer[_position++];
            if (_quoteInQuoted)
            {
                // A quote inside quotes either doubles (a literal quote) or closes the field.
                _quoteInQuoted = false;
                if (c == '"')
                {
                    _field.Append('"');
                    continue;
                }

                _quoted = false;
            }
            else if (_quoted)
            {
                if (c == '"')
                {
                    _quoteInQuoted = true;
                }
                else
                {
                    _line += c == '\n' ? 1 : 0;
                    _field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when _atFieldStart:
                    _quoted = true;
                    _atFieldStart = false;
                    break;
                case ',':
                    EndField(fields);
                    _atFieldStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    EndField(fields);
                    return true;
                default:
                    _field.Append(c);
                    _atFieldStart = false;
                    break;
            }
        }

        return false;
    }

    private void EndField(List<string> fields)
    {
        fields.Add(_field.ToString());
        _field.Clear();
    }
}
