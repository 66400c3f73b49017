namespace Sangam.Ocr.Layout;

/// <summary>An axis-aligned rectangle in page pixels, origin top-left, right and bottom exclusive.</summary>
public readonly record struct Box(int Left, int Top, int Right, int Bottom)
{
    public int Width => Right - Left;

    public int Height => Bottom - Top;

    public double CenterX => (Left + Right) / 2.0;

    public double CenterY => (Top + Bottom) / 2.0;

    /// <summary>The smallest box holding both.</summary>
    public Box Union(Box other) =>
        new(Math.Min(Left, other.Left), Math.Min(Top, other.Top), Math.Max(Right, other.Right), Math.Max(Bottom, other.Bottom));

    /// <summary>Length of the overlap of the two boxes' x-ranges (0 when apart).</summary>
    public int HorizontalOverlap(Box other) => Math.Max(0, Math.Min(Right, other.Right) - Math.Max(Left, other.Left));

    /// <summary>Length of the overlap of the two boxes' y-ranges (0 when apart).</summary>
    public int VerticalOverlap(Box other) => Math.Max(0, Math.Min(Bottom, other.Bottom) - Math.Max(Top, other.Top));

    /// <summary>True when the boxes share any pixel.</summary>
    public bool Intersects(Box other) => HorizontalOverlap(other) > 0 && VerticalOverlap(other) > 0;

    /// <summary>True when the boxes sit on one line of text: their y-ranges overlap by half the shorter one's height.</summary>
    public bool SharesLineWith(Box other) => VerticalOverlap(other) >= Math.Min(Height, other.Height) / 2.0;

    /// <summary>True when the box's left edge lies within <paramref name="column"/>'s x-range: it is printed in that column.</summary>
    public bool StartsIn(Box column) => Left >= column.Left && Left < column.Right;

    /// <summary>Pixels of paper between the two boxes' x-ranges (negative when they overlap).</summary>
    public int HorizontalGap(Box other) => Math.Max(Left, other.Left) - Math.Min(Right, other.Right);

    /// <summary>The box grown by <paramref name="by"/> pixels on every side.</summary>
    public Box Grown(int by) => new(Left - by, Top - by, Right + by, Bottom + by);

    /// <summary>The part of the box inside a <paramref name="width"/> by <paramref name="height"/> page.</summary>
    public Box ClippedTo(int width, int height) => new(Math.Max(0, Left), Math.Max(0, Top), Math.Min(width, Right), Math.Min(height, Bottom));

    /// <summary>The box moved right by <paramref name="x"/> and down by <paramref name="y"/>.</summary>
    public Box Shifted(int x, int y) => new(Left + x, Top + y, Right + x, Bottom + y);

    /// <summary>
    /// True when <paramref name="next"/> starts where this box ends, at most <paramref name="maxGap"/> pixels to its
    /// right and less than <paramref name="maxShift"/> pixels higher or lower: the rest of one printed line that a
    /// photographed page's curve put on a neighbouring line.
    /// </summary>
    public bool IsContinuedBy(Box next, double maxGap, double maxShift) =>
        next.Left >= Right && next.Left - Right <= maxGap && Math.Abs(next.Top - Top) < maxShift;

    public bool Contains(double x, double y) => x >= Left && x < Right && y >= Top && y < Bottom;
}
