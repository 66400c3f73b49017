using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Ocr.Tests;

/// <summary>One reader (and its Tesseract engines) and one test signing key for the whole test run.</summary>
public sealed class ReaderFixture : IDisposable
{
    public DocumentReader Reader { get; } = new();

    public EInvoiceSigner Signer { get; } = new();

    public void Dispose()
    {
        Reader.Dispose();
        Signer.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class SharedReader : ICollectionFixture<ReaderFixture>
{
    public const string Name = "reader";
}
