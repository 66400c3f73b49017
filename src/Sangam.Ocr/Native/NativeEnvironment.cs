using System.Runtime.InteropServices;

namespace Sangam.Ocr.Native;

/// <summary>
/// Process-wide settings that must reach the native libraries before their first use.
/// </summary>
internal static partial class NativeEnvironment
{
    private static readonly Lock Gate = new();
    private static bool _prepared;

    /// <summary>
    /// Limits OpenMP inside libtesseract to one thread (Debian's build is 5-8x slower on few cores otherwise)
    /// and silences Leptonica's stderr messages. <c>Environment.SetEnvironmentVariable</c> does not reach
    /// native code, so the variable is set with libc <c>setenv</c>; it must happen before libtesseract
    /// starts its OpenMP runtime, i.e. before the first engine is created.
    /// </summary>
    public static void Prepare()
    {
        lock (Gate)
        {
            if (_prepared)
            {
                return;
            }

            if (SetEnvironment("OMP_THREAD_LIMIT", "1", overwrite: 0) != 0)
            {
                throw new InvalidOperationException("libc setenv(OMP_THREAD_LIMIT) failed.");
            }

            _ = Leptonica.SetMessageSeverity(Leptonica.SeverityNone);
            _prepared = true;
        }
    }

    [LibraryImport("libc", EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnvironment(string name, string value, int overwrite);
}
