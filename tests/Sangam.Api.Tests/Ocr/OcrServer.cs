using Sangam.Ocr.Corpus.Truth;

namespace Sangam.Api.Tests.Ocr;

/// <summary>
/// A server for the OCR tests: a folder of extra NIC keys holding the test IRP key (so corpus e-invoice QR codes
/// verify through configuration, as an operator would add a key), a small upload cap, fast job polling.
/// </summary>
public class OcrServer : SangamServer
{
    public const long MaxUploadBytes = 3 * 1024 * 1024;

    public OcrServer()
    {
        KeysDirectory = WriteKeys(Database, Signer);
    }

    protected OcrServer(TestDatabase database, string keysDirectory)
        : base(database)
    {
        KeysDirectory = keysDirectory;
    }

    public EInvoiceSigner Signer { get; } = new();

    public string KeysDirectory { get; }

    /// <summary>Job workers of this node; 0 for a node that only accepts jobs.</summary>
    protected virtual int JobWorkers => 1;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["InvoiceOcr:ExtraKeysDirectory"] = KeysDirectory,
        ["InvoiceOcr:MaxUploadBytes"] = MaxUploadBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["InvoiceOcr:Engines"] = "2",
        ["InvoiceOcr:JobWorkers"] = JobWorkers.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["InvoiceOcr:JobPollInterval"] = "00:00:00.200",
    };

    /// <summary>Starts another node of the same deployment on this server's database.</summary>
    public async Task<OcrServer> StartNodeAsync()
    {
        var node = new OcrNode(Database, KeysDirectory);
        await node.InitializeAsync();
        return node;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Signer.Dispose();
    }

    private static string WriteKeys(TestDatabase database, EInvoiceSigner signer)
    {
        var folder = Path.Combine(database.DataDirectory, "nic-keys");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, signer.KeyId + ".pem"), signer.Key.ExportSubjectPublicKeyInfoPem());
        return folder;
    }

    private sealed class OcrNode(TestDatabase database, string keysDirectory) : OcrServer(database, keysDirectory);
}

/// <summary>A node that accepts jobs but reads none (<c>InvoiceOcr:JobWorkers = 0</c>).</summary>
public sealed class AcceptOnlyOcrServer : OcrServer
{
    protected override int JobWorkers => 0;
}
