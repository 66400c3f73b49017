using System.Runtime.InteropServices;

namespace Sangam.Ocr.Native;

/// <summary>Owns one Leptonica <c>PIX*</c>; releasing it calls <c>pixDestroy</c>.</summary>
internal sealed class PixHandle : SafeHandle
{
    public PixHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.Destroy(ref pix);
        return true;
    }
}
