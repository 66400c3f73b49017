using System.Runtime.InteropServices;

namespace Sangam.Ocr.Native;

/// <summary>The few Leptonica 1.82 functions the engine uses: decoding, grey conversion, cropping, rotation, skew, orientation, component selection and rule removal.</summary>
internal static partial class Leptonica
{
    private const string Library = "liblept.so.5";

    /// <summary>Leptonica prints every failed decode to stderr unless told otherwise.</summary>
    public const int SeverityNone = 6;

    public const int RotateAreaMap = 1;
    public const int BringInWhite = 1;

    public const int EightConnected = 8;

    /// <summary><c>L_SELECT_IF_BOTH</c>: width and height must both satisfy the relation.</summary>
    public const int SelectIfBoth = 6;

    /// <summary><c>L_SELECT_IF_LTE</c>.</summary>
    public const int SelectIfAtMost = 3;

    [LibraryImport(Library, EntryPoint = "setMsgSeverity")]
    public static partial int SetMessageSeverity(int severity);

    [LibraryImport(Library, EntryPoint = "pixReadHeaderMem")]
    public static unsafe partial int ReadHeader(
        byte* data, nuint size, out int format, out int width, out int height, out int bitsPerSample, out int samplesPerPixel, out int hasColormap);

    [LibraryImport(Library, EntryPoint = "pixReadMem")]
    public static unsafe partial PixHandle ReadMemory(byte* data, nuint size);

    [LibraryImport(Library, EntryPoint = "pixReadMemTiff")]
    public static unsafe partial PixHandle ReadTiffPage(byte* data, nuint size, int pageIndex);

    [LibraryImport(Library, EntryPoint = "pixDestroy")]
    public static partial void Destroy(ref nint pix);

    [LibraryImport(Library, EntryPoint = "pixGetWidth")]
    public static partial int GetWidth(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetHeight")]
    public static partial int GetHeight(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetWpl")]
    public static partial int GetWordsPerLine(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetXRes")]
    public static partial int GetXResolution(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixGetData")]
    public static partial nint GetData(PixHandle pix);

    [LibraryImport(Library, EntryPoint = "pixConvertTo8")]
    public static partial PixHandle ConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(Library, EntryPoint = "pixConvertTo1")]
    public static partial PixHandle ConvertTo1(PixHandle pix, int threshold);

    [LibraryImport(Library, EntryPoint = "pixScaleGrayLI")]
    public static partial PixHandle ScaleGrey(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(Library, EntryPoint = "boxCreate")]
    public static partial nint CreateBox(int x, int y, int width, int height);

    [LibraryImport(Library, EntryPoint = "boxDestroy")]
    public static partial void DestroyBox(ref nint box);

    [LibraryImport(Library, EntryPoint = "pixClipRectangle")]
    public static partial PixHandle ClipRectangle(PixHandle pix, nint box, nint clippedBox);

    [LibraryImport(Library, EntryPoint = "pixRotateOrth")]
    public static partial PixHandle RotateQuadrants(PixHandle pix, int quadrants);

    [LibraryImport(Library, EntryPoint = "pixRotate")]
    public static partial PixHandle Rotate(PixHandle pix, float radians, int type, int incolor, int width, int height);

    [LibraryImport(Library, EntryPoint = "pixFindSkew")]
    public static partial int FindSkew(PixHandle binaryPix, out float degrees, out float confidence);

    [LibraryImport(Library, EntryPoint = "makeOrientDecision")]
    public static partial int MakeOrientationDecision(float upConfidence, float leftConfidence, float minUpConfidence, float minRatio, out int orientation, int debug);

    [LibraryImport(Library, EntryPoint = "pixOrientDetect")]
    public static partial int DetectOrientation(PixHandle binaryPix, out float upConfidence, out float leftConfidence, int minCount, int debug);

    /// <summary>
    /// Morphological opening by a rectangle: keeps only the set pixels a <paramref name="width"/> × <paramref name="height"/>
    /// brick fits in. The composite form (the brick decomposed into two smaller ones) is half the time for a rule-long brick.
    /// </summary>
    [LibraryImport(Library, EntryPoint = "pixOpenCompBrick")]
    public static partial PixHandle OpenCompositeBrick(nint destination, PixHandle binaryPix, int width, int height);

    [LibraryImport(Library, EntryPoint = "pixDilateBrick")]
    public static partial PixHandle DilateBrick(nint destination, PixHandle binaryPix, int width, int height);

    /// <summary>Sets, in place, the pixels of <paramref name="pix"/> under <paramref name="mask"/>'s set pixels to <paramref name="value"/> (8 bpp: its low byte).</summary>
    [LibraryImport(Library, EntryPoint = "pixSetMasked")]
    public static partial int SetMasked(PixHandle pix, PixHandle mask, uint value);

    /// <summary>The bounding boxes of the connected components of a 1 bpp image, as a <c>BOXA*</c> (free with <see cref="DestroyBoxes"/>).</summary>
    [LibraryImport(Library, EntryPoint = "pixConnCompBB")]
    public static partial nint ComponentBoxes(PixHandle binaryPix, int connectivity);

    [LibraryImport(Library, EntryPoint = "boxaGetCount")]
    public static partial int BoxCount(nint boxes);

    [LibraryImport(Library, EntryPoint = "boxaGetBoxGeometry")]
    public static partial int BoxGeometry(nint boxes, int index, out int x, out int y, out int width, out int height);

    [LibraryImport(Library, EntryPoint = "boxaDestroy")]
    public static partial void DestroyBoxes(ref nint boxes);

    /// <summary>Keeps the connected components whose size satisfies the relation; a copy when all do.</summary>
    [LibraryImport(Library, EntryPoint = "pixSelectBySize")]
    public static partial PixHandle SelectBySize(PixHandle pix, int width, int height, int connectivity, int type, int relation, out int changed);
}
