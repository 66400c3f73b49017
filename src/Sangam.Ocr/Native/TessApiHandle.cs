using System.Runtime.InteropServices;

namespace Sangam.Ocr.Native;

/// <summary>Owns one <c>TessBaseAPI*</c>; releasing it calls <c>TessBaseAPIDelete</c>.</summary>
internal sealed class TessApiHandle : SafeHandle
{
    public TessApiHandle()
        : base(nint.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == nint.Zero;

    protected override bool ReleaseHandle()
    {
        Tesseract.Delete(handle);
        return true;
    }
}
