using System.ComponentModel;
using System.Globalization;
using Sangam.Cli.Infrastructure;
using Sangam.Client;
using Sangam.Client.SimTracking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Sangam.Cli.Commands.SimTracking;

public sealed class LocateCommand : ApiCommand<DriverSettings>
{
    protected override async Task<int> RunAsync(SangamClient client, DriverSettings settings, CancellationToken cancellationToken)
    {
        var location = await client.SimTracking.LocateAsync(settings.Mobile, cancellationToken);
        if (settings.Json)
        {
            Output.Json(location);
        }
        else
        {
            DriverOutput.Location(location);
        }

        return 0;
    }
}

public sealed class LocateBulkCommand : ApiCommand<LocateBulkCommand.Settings>
{
    public sealed class Settings : GlobalSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("Mobile numbers, one per line (or the first column of a CSV); '-' reads standard input. Lines starting with # are skipped.")]
        public string File { get; init; } = "";

        [CommandOption("--batch-size <N>")]
        [Description("Numbers per request, 1-500 (default 100; smaller batches report progress more often).")]
        public int BatchSize { get; init; } = 100;

        public override ValidationResult Validate() =>
            BatchSize is < 1 or > SimTrackingClient.MaxBatchSize ? ValidationResult.Error("--batch-size must be 1-500")
            : File != "-" && !System.IO.File.Exists(File) ? ValidationResult.Error($"No such file: {File}")
            : ValidationResult.Success();
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        var mobiles = await ReadMobilesAsync(settings.File, cancellationToken);
        if (mobiles.Count == 0)
        {
            throw new CliException($"{settings.File} holds no mobile numbers.");
        }

        IReadOnlyList<BulkLocationItem> results;
        if (settings.Json || Console.IsOutputRedirected)
        {
            // Scripts get plain progress lines on standard error; standard output stays the result.
            var lines = new Progress(p => Console.Error.WriteLine($"{p.Done}/{p.Total} answered"));
            results = await client.SimTracking.LocateManyAsync(mobiles, settings.BatchSize, lines, cancellationToken);
        }
        else
        {
            results = await AnsiConsole.Progress().StartAsync(async context =>
            {
                var task = context.AddTask($"Locating {mobiles.Count} drivers", maxValue: mobiles.Count);
                return await client.SimTracking.LocateManyAsync(mobiles, settings.BatchSize, new Progress(p => task.Value = p.Done), cancellationToken);
            });
        }

        if (settings.Json)
        {
            Output.Json(results);
            return ExitCode(results);
        }

        var table = new Table().AddColumns("Mobile", "Status", "Position", "Accuracy", "Located at (IST)", "Why not");
        foreach (var item in results)
        {
            table.AddRow(
                Markup.Escape(item.Mobile ?? "-"),
                Markup.Escape(Wire(item.Status)),
                item.Location is { } l ? DriverOutput.Coordinates(l.Latitude, l.Longitude) : "-",
                item.Location is { } a ? $"{a.AccuracyM} m" : "-",
                DriverOutput.Time(item.Location?.LocatedAt),
                Markup.Escape(item.Message ?? ""));
        }

        AnsiConsole.Write(table);
        AnsiConsole.WriteLine(string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()} {Wire(g.Key)}")));
        return ExitCode(results);
    }

    // Every number located: done; some: partly done; none: nothing found.
    private static int ExitCode(IReadOnlyList<BulkLocationItem> results) =>
        results.All(r => r.Status == BulkLocationStatus.Located) ? ExitCodes.Ok
        : results.Any(r => r.Status == BulkLocationStatus.Located) ? ExitCodes.Partial
        : ExitCodes.NotFound;

    private static string Wire(BulkLocationStatus status) => status switch
    {
        BulkLocationStatus.NoConsent => "no_consent",
        BulkLocationStatus.NotFound => "not_found",
        BulkLocationStatus.InvalidMobile => "invalid_mobile",
        BulkLocationStatus.OperatorFailed => "operator_failed",
        _ => "located",
    };

    private static async Task<List<string>> ReadMobilesAsync(string file, CancellationToken cancellationToken)
    {
        var text = file == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await System.IO.File.ReadAllTextAsync(file, cancellationToken);
        return [.. text.Split('\n')
            .Select(line => line.Split(',')[0].Trim().Trim('"'))
            .Where(value => value.Length > 0 && !value.StartsWith('#') && !value.Equals("mobile", StringComparison.OrdinalIgnoreCase))];
    }

    private sealed class Progress(Action<BulkLocationProgress> report) : IProgress<BulkLocationProgress>
    {
        public void Report(BulkLocationProgress value) => report(value);
    }
}

public sealed class TrailCommand : ApiCommand<TrailCommand.Settings>
{
    public sealed class Settings : DriverSettings
    {
        [CommandOption("--from <TIME>")]
        [Description("Start: yyyy-MM-dd (IST day) or ISO 8601 with offset. Default: 24 hours before --to.")]
        public string? From { get; init; }

        [CommandOption("--to <TIME>")]
        [Description("End: yyyy-MM-dd (the end of that IST day) or ISO 8601 with offset. Default: now.")]
        public string? To { get; init; }

        public override ValidationResult Validate() =>
            !TryParse(From, endOfDay: false, out _) ? ValidationResult.Error("--from must be yyyy-MM-dd or ISO 8601 with an offset")
            : !TryParse(To, endOfDay: true, out _) ? ValidationResult.Error("--to must be yyyy-MM-dd or ISO 8601 with an offset")
            : ValidationResult.Success();

        internal static bool TryParse(string? text, bool endOfDay, out DateTimeOffset? instant)
        {
            instant = null;
            if (string.IsNullOrWhiteSpace(text))
            {
                return true;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Sangam.India.Ist.Offset);
                instant = endOfDay ? start.AddDays(1).AddSeconds(-1) : start;
                return true;
            }

            var parsed = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value);
            instant = parsed ? value : null;
            return parsed;
        }
    }

    protected override async Task<int> RunAsync(SangamClient client, Settings settings, CancellationToken cancellationToken)
    {
        Settings.TryParse(settings.From, endOfDay: false, out var from);
        Settings.TryParse(settings.To, endOfDay: true, out var to);
        var trail = await client.SimTracking.GetTrailAsync(settings.Mobile, from, to, cancellationToken);
        var exitCode = trail.Positions.Count > 0 ? ExitCodes.Ok : ExitCodes.NotFound;
        if (settings.Json)
        {
            Output.Json(trail);
            return exitCode;
        }

        var table = new Table().Title($"{trail.Count} positions of {trail.Mobile}, {DriverOutput.Time(trail.From)} to {DriverOutput.Time(trail.To)} IST")
            .AddColumns("Located at (IST)", "Position", "Accuracy");
        foreach (var point in trail.Positions)
        {
            table.AddRow(DriverOutput.Time(point.LocatedAt), DriverOutput.Coordinates(point.Latitude, point.Longitude), $"{point.AccuracyM} m");
        }

        Output.TableOrNote(table, "No stored positions in that range.");
        return exitCode;
    }
}
