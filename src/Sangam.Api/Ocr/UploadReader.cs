using Sangam.Api.Http.Errors;
using Sangam.Api.Ocr.Wire;
using Sangam.India.EInvoicing;
using Sangam.Ocr;

namespace Sangam.Api.Ocr;

/// <summary>
/// Reads uploads with the process's one <see cref="DocumentReader"/> (its engine pool bounds the OCR running at once,
/// synchronous uploads and job workers together) and the shared NIC key store.
/// </summary>
public sealed class UploadReader(DocumentReader reader, NicKeyStore keys)
{
    /// <summary>Checks the file (type, damage, encryption, pixel bombs) and counts its pages without decoding them.</summary>
    public ReadResult<int> CountPages(OcrUpload upload) => reader.CountPages(upload.File);

    public async Task<ReadResult<OcrResponse>> ReadAsync(OcrUpload upload, int maxPages, IProgress<int>? pagesRead, CancellationToken cancellationToken)
    {
        var read = await ReadWithPagesAsync(upload, maxPages, pagesRead, cancellationToken);
        return read.Succeeded ? ReadResult.Success(read.Value!.Response) : ReadResult.Failure<OcrResponse>(read.Error!);
    }

    /// <summary>The answer the API gives, with the pages it was read from (their words and boxes), for showing where each value came from.</summary>
    public async Task<ReadResult<PagedOcrResponse>> ReadWithPagesAsync(OcrUpload upload, int maxPages, IProgress<int>? pagesRead, CancellationToken cancellationToken)
    {
        var read = await reader.ReadAsync(upload.File, upload.Type, keys, maxPages, pagesRead, cancellationToken);
        return read.Succeeded
            ? ReadResult.Success(new PagedOcrResponse(OcrWire.ToResponse(read.Value!, upload.Format), read.Value!.Pages))
            : ReadResult.Failure<PagedOcrResponse>(read.Error!);
    }

    /// <summary>415 for a file that is not a PDF, PNG, JPEG, WebP or TIFF; 422 for one that cannot be read.</summary>
    public static ApiError ToApiError(ReadError error) => error.Code == ReadErrorCode.UnsupportedType
        ? ApiError.UnsupportedMediaType(error.Message)
        : ApiError.Unprocessable(error.Message);
}

/// <summary>An OCR answer and the pages it was read from.</summary>
public sealed record PagedOcrResponse(OcrResponse Response, DocumentPages Pages);
