namespace Sangam.Ocr.Corpus.Drawing;

/// <summary>The DejaVu fonts of Debian's fonts-dejavu-core, used by both renderers.</summary>
public static class Fonts
{
    public const string Directory = "/usr/share/fonts/truetype/dejavu";

    public static string RegularPath => Path.Combine(Directory, "DejaVuSans.ttf");

    public static string BoldPath => Path.Combine(Directory, "DejaVuSans-Bold.ttf");
}
