using Microsoft.ML.OnnxRuntime;

namespace Sangam.Ocr.Recognition;

/// <summary>How the PP-OCRv4 networks are loaded: one session per network, serving every thread.</summary>
internal static class OnnxSessions
{
    /// <summary>
    /// A session that runs each call on the calling thread alone: pages are already read in parallel, one per core, so a
    /// second thread per call would only contend.
    /// </summary>
    public static InferenceSession SingleThreaded(string networkPath)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        return new InferenceSession(networkPath, options);
    }
}
