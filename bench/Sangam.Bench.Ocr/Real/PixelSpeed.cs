using System.Globalization;

namespace Sangam.Bench.Ocr.Real;

/// <summary>
/// Seconds per page on the documents read wholly from pixels, for the pipeline (decode, QR, preprocessing,
/// OCR, extraction) and for the raw tesseract command on the same pages in the same run: processor time
/// (steady under other load) and wall time.
/// </summary>
internal readonly record struct PixelSpeed(int Pages, Timing Pipeline, Timing Baseline)
{
    public static PixelSpeed Of(IEnumerable<RealResult> results)
    {
        var timed = results.Where(result => result.AllPagesOcr && result.Baseline is not null).ToList();
        var pages = timed.Sum(result => result.Pages);
        return pages == 0
            ? default
            : new PixelSpeed(pages, PerPage(timed.Sum(result => result.Time.Wall), timed.Sum(result => result.Time.Cpu)), PerPage(timed.Sum(result => result.Baseline!.Value.Wall), timed.Sum(result => result.Baseline!.Value.Cpu)));

        Timing PerPage(double wall, double cpu) => new(wall / pages, cpu / pages);
    }

    public override string ToString() =>
        Pages == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"cpu {Pipeline.Cpu:0.00} / {Baseline.Cpu:0.00} ({Pipeline.Cpu / Baseline.Cpu:0.00}×); wall {Pipeline.Wall:0.00} / {Baseline.Wall:0.00}; {Pages} pages");
}
