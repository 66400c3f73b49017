using System.Buffers;

namespace Sangam.Api.Http.Downloads;

/// <summary>
/// A write-only stream over a response body that takes the few synchronous writes a zip writer makes (System.IO.Compression
/// writes each entry's data descriptor and the central directory synchronously, which Kestrel refuses) into a buffer,
/// and sends the buffer on with the next asynchronous write or flush. Memory stays at one chunk, so an XLSX file still
/// streams to the client while it is written.
/// </summary>
internal sealed class AsyncFlushingStream(Stream inner) : Stream
{
    private const int ChunkBytes = 64 * 1024;

    private readonly ArrayBufferWriter<byte> _pending = new(ChunkBytes);
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    // The bytes written so far, for writers that ask where they are.
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        if (_pending.WrittenCount >= ChunkBytes)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_pending.WrittenCount > 0)
        {
            await inner.WriteAsync(_pending.WrittenMemory, cancellationToken);
            _pending.ResetWrittenCount();
        }

        await inner.FlushAsync(cancellationToken);
    }

    // A synchronous flush keeps the bytes for the next asynchronous one; the writer of the file ends with FlushAsync.
    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
