using QRCoder;

namespace Sangam.Ocr.Corpus.Drawing;

/// <summary>QR module matrices from QRCoder, with the quiet zone included.</summary>
public static class QrMatrix
{
    /// <summary>Medium error correction: what e-invoice portals print for ~1000-character signed codes.</summary>
    public static bool[,] Create(string payload)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var size = rows.Count;
        var modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[y, x] = rows[y][x];
            }
        }

        return modules;
    }
}
