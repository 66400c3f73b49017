namespace Sangam.Bench.Ocr.Real;

/// <summary>What a real-corpus run was: the pipeline's set-up, the truth it was held against, and the machine.</summary>
/// <param name="Setup">The reader's settings, in words.</param>
/// <param name="TruthLabel">Where the truth came from, in words.</param>
/// <param name="Unmatched">Truth files whose document was under no corpus root.</param>
/// <param name="Machine">From <see cref="Ocr.Machine.Describe"/>.</param>
/// <param name="LoadBefore">Load average at the start.</param>
/// <param name="LoadAfter">Load average at the end.</param>
internal sealed record RealRun(string Setup, string TruthLabel, int Unmatched, IReadOnlyList<(string Item, string Value)> Machine, string LoadBefore, string LoadAfter);
