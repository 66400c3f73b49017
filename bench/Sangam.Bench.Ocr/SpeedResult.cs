namespace Sangam.Bench.Ocr;

/// <summary>Pipeline against the raw tesseract command on the same pages, measured interleaved in one run.</summary>
/// <param name="Pages">Pages timed.</param>
/// <param name="PipelineMedian">Median seconds per page for the whole pipeline (decode, QR, preprocessing, OCR, extraction), one engine.</param>
/// <param name="BaselineMedian">Median seconds per page for <c>tesseract page.png - --psm 6</c>.</param>
/// <param name="ParallelPagesPerSecond">Throughput with two engines on two cores.</param>
internal sealed record SpeedResult(int Pages, double PipelineMedian, double BaselineMedian, double ParallelPagesPerSecond)
{
    public double Ratio => PipelineMedian / BaselineMedian;
}
