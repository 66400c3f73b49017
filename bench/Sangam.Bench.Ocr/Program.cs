using Sangam.Bench.Ocr;
using Sangam.Bench.Ocr.Real;

// Usage: dotnet run -c Release --project bench/Sangam.Bench.Ocr -- [generated options]
//        dotnet run -c Release --project bench/Sangam.Bench.Ocr -- real [real-corpus options]
// See README.md beside this file for the options of each.
if (args.FirstOrDefault() == "real")
{
    await RealEvaluation.RunAsync(new Arguments(args[1..]));
}
else
{
    await GeneratedEvaluation.RunAsync(new Arguments(args));
}
