using System.ComponentModel;
using System.Diagnostics;
using Sangam.Ocr.Imaging;

namespace Sangam.Ocr.Pages;

/// <summary>
/// Renders one PDF page to grey pixels with poppler's <c>pdftoppm</c>, run as a separate process
/// (it is GPL, and a crash or hang in it must not take the service down). The PDF goes in on stdin
/// and the PGM comes back on stdout, so nothing touches the disk.
/// </summary>
internal sealed class PdfRasterizer(PageSourceOptions options)
{
    public async Task<ReadResult<GreyImage>> RenderAsync(ReadOnlyMemory<byte> pdf, int pageNumber, int dpi, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(options.PdftoppmPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-r", dpi.ToString(System.Globalization.CultureInfo.InvariantCulture), "-gray", "-f", Page(pageNumber), "-l", Page(pageNumber), "-singlefile", "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (Win32Exception e)
        {
            return Failed($"the renderer '{options.PdftoppmPath}' could not be started ({e.Message}); install poppler-utils");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RenderTimeout);
        try
        {
            var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output, timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.StandardInput.BaseStream.WriteAsync(pdf, timeout.Token);
            process.StandardInput.Close();
            await reading;
            await process.WaitForExitAsync(timeout.Token);
            if (process.ExitCode != 0 || output.Length == 0)
            {
                return Failed($"pdftoppm exited with {process.ExitCode}: {(await errors).Trim()}");
            }

            var image = GreyImage.Decode(output.GetBuffer().AsSpan(0, (int)output.Length), knownPixelsPerInch: dpi);
            return image is null ? Failed("pdftoppm produced an unreadable image") : ReadResult.Success(image);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed($"rendering took longer than {options.RenderTimeout.TotalSeconds:0} s");
        }
        catch (IOException e)
        {
            return Failed(e.Message);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        ReadResult<GreyImage> Failed(string why) =>
            ReadResult.Failure<GreyImage>(ReadErrorCode.RenderFailed, $"PDF page {pageNumber} could not be rendered: {why}.");
    }

    private static string Page(int pageNumber) => pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
