using Sangam.Api.Http.Csv;

namespace Sangam.Api.Tests.Http;

[Trait(DatabaseUse.Trait, DatabaseUse.Incidental)]
public sealed class CsvRecordReaderTests
{
    [Fact]
    public async Task Records_survive_every_buffer_boundary_inside_quotes_doubled_quotes_and_line_ends()
    {
        const string csv = "a,\"b, \"\"quoted\"\"\nsecond line\",c\r\n\"\",,\"x\"\r\nlast,row";

        var records = await ReadAllAsync(new OneCharacterAtATime(csv));

        Assert.Equal(3, records.Count);
        Assert.Equal(["a", "b, \"quoted\"\nsecond line", "c"], records[0].Fields);
        Assert.Equal(["", "", "x"], records[1].Fields);
        Assert.Equal(["last", "row"], records[2].Fields);
        Assert.Equal([1L, 3L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public async Task A_quote_left_open_is_reported_instead_of_swallowing_the_file_silently()
    {
        var records = await ReadAllAsync(new StringReader("a,\"never closed\nb,c\n"));

        var only = Assert.Single(records);
        Assert.True(only.Unterminated);
    }

    private static async Task<List<(long Line, string[] Fields, bool Unterminated)>> ReadAllAsync(TextReader text)
    {
        var reader = new CsvRecordReader(text);
        var fields = new List<string>();
        var records = new List<(long, string[], bool)>();
        while (await reader.ReadAsync(fields, CancellationToken.None))
        {
            records.Add((reader.RecordLine, [.. fields], reader.UnterminatedQuote));
        }

        return records;
    }

    private sealed class OneCharacterAtATime(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position == text.Length || count == 0)
            {
                return 0;
            }

            buffer[index] = text[_position++];
            return 1;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            if (_position == text.Length || buffer.Length == 0)
            {
                return ValueTask.FromResult(0);
            }

            buffer.Span[0] = text[_position++];
            return ValueTask.FromResult(1);
        }
    }
}
