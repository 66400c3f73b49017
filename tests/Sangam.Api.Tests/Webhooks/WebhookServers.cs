using Sangam.Api.Tests.Ocr;

namespace Sangam.Api.Tests.Webhooks;

/// <summary>An OCR server whose webhook posts are given up after two attempts a second apart, so that a failure shows quickly.</summary>
public sealed class OcrWebhookServer : OcrServer
{
    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Webhooks:ScanInterval"] = "00:00:01",
        ["Webhooks:MaxAttempts"] = "2",
        ["Webhooks:FirstRetryAfter"] = "00:00:01",
    };
}
