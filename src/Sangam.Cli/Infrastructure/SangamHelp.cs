using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace Sangam.Cli.Infrastructure;

/// <summary>
/// Help as the default provider writes it, with examples quoted so that they run when pasted into a shell, and the
/// exit codes at the end of <c>sangam --help</c>.
/// </summary>
public sealed class SangamHelp(ICommandAppSettings settings) : HelpProvider(settings)
{
    private readonly int _maximumIndirectExamples = settings.MaximumIndirectExamples;

    public override IEnumerable<IRenderable> GetExamples(ICommandModel model, ICommandInfo? command)
    {
        IEnumerable<string[]> examples = command?.Examples ?? model.Examples;
        if (!examples.Any())
        {
            // Like the default provider: a branch without examples of its own shows its commands'.
            var children = command?.Commands ?? model.Commands;
            examples = children.Where(c => !c.IsHidden).SelectMany(c => c.Examples).Take(_maximumIndirectExamples);
        }

        var lines = examples.Select(args => "    " + Markup.Escape(model.ApplicationName + " " + string.Join(' ', args.Select(ShellWord.Quote)))).ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        return [new Markup(Environment.NewLine + "[yellow]EXAMPLES:[/]" + Environment.NewLine + string.Join(Environment.NewLine, lines) + Environment.NewLine)];
    }

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
    {
        if (command is not null)
        {
            return base.GetFooter(model, command);
        }

        var lines = ExitCodes.Documented.Select(e => string.Create(CultureInfo.InvariantCulture, $"    {e.Code,-4}{Markup.Escape(e.Meaning)}"));
        return [.. base.GetFooter(model, command),
            new Markup(Environment.NewLine + "[yellow]EXIT CODES:[/]" + Environment.NewLine + string.Join(Environment.NewLine, lines) + Environment.NewLine)];
    }
}

/// <summary>Writes an argument as a POSIX shell reads it back: bare when it can be, in single quotes otherwise.</summary>
public static class ShellWord
{
    public static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:=,@%+".Contains(c))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
