namespace Sangam.Ocr.Corpus.Drawing;

/// <summary>
/// A page described once in PDF points (A4 portrait, origin top-left) and rendered by both the raster
/// and the PDF writer, so every output format shows exactly the same document.
/// </summary>
public sealed class PageDrawing
{
    public const float A4Width = 595.28f;
    public const float A4Height = 841.89f;

    private readonly List<DrawItem> _items = [];

    public IReadOnlyList<DrawItem> Items => _items;

    /// <summary>Writes text with its baseline at <paramref name="y"/>.</summary>
    public void Text(float x, float y, string text, float size = 9, bool bold = false, TextAlign align = TextAlign.Left) =>
        _items.Add(new TextItem(x, y, text, size, bold, align));

    /// <summary>Writes text as filled glyph outlines, as tools that convert fonts to curves do: printed, but not in a PDF's text layer.</summary>
    public void OutlinedText(float x, float y, string text, float size = 9) =>
        _items.Add(new TextItem(x, y, text, size, Bold: false, TextAlign.Left, Outlined: true));

    public void Line(float x1, float y1, float x2, float y2, float width = 0.6f) => _items.Add(new LineItem(x1, y1, x2, y2, width));

    public void Rectangle(float x, float y, float width, float height) => _items.Add(new RectangleItem(x, y, width, height));

    /// <summary>Places a QR code encoding <paramref name="payload"/> as a square of side <paramref name="size"/>.</summary>
    public void QrCode(float x, float y, float size, string payload) => _items.Add(new QrItem(x, y, size, payload));
}

public enum TextAlign
{
    Left,
    Center,
    Right,
}

public abstract record DrawItem;

public sealed record TextItem(float X, float Y, string Text, float Size, bool Bold, TextAlign Align, bool Outlined = false) : DrawItem;

public sealed record LineItem(float X1, float Y1, float X2, float Y2, float Width) : DrawItem;

public sealed record RectangleItem(float X, float Y, float Width, float Height) : DrawItem;

public sealed record QrItem(float X, float Y, float Size, string Payload) : DrawItem;
