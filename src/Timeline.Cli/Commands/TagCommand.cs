using System.CommandLine;
using System.Text;
using Timeline.Cli.Tagging;
using Timeline.Temporal;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline tag</c>: prints every date expression of the given files (or of a manifest's corpus),
/// as JSONL, tab-separated text, or the text with TIMEX3 tags. What the recognizer is scored with.
/// </summary>
internal static class TagCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Text files to tag", Arity = ArgumentArity.ZeroOrMore };
        var anchor = new Option<string?>("--anchor") { Description = "Publication date YYYY-MM-DD that relative dates resolve against" };
        var manifest = new Option<string?>("--manifest") { Description = "JSONL lines {\"doc\", \"dct\", \"path\"}: tag a whole corpus in one process" };
        var format = new Option<string>("--format") { Description = "jsonl, text or timeml", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "text", "timeml");
        var split = new Option<bool>("--split-ranges") { Description = "Emit each end of a range as its own mention, as TimeML annotates them" };
        var dayFirst = new Option<bool>("--day-first") { Description = "Read slash dates such as 03/04/2022 day first" };

        var command = new Command("tag", "Print every date expression found in the given texts") { files, anchor, manifest, format, split, dayFirst };
        command.SetAction(parse =>
        {
            string? anchorText = parse.GetValue(anchor);
            CalendarDate? anchorDate = null;
            if (anchorText is not null)
            {
                if (!CalendarDate.TryParseIso(anchorText, out var parsed))
                {
                    Console.Error.WriteLine($"error: --anchor '{anchorText}' is not a date YYYY-MM-DD");
                    return 2;
                }

                anchorDate = parsed;
            }

            var settings = new TagSettings(
                parse.GetValue(files) ?? [],
                anchorDate,
                parse.GetValue(manifest),
                Enum.Parse<TagFormat>(parse.GetValue(format) ?? "jsonl", ignoreCase: true),
                parse.GetValue(split),
                parse.GetValue(dayFirst) ? SlashDateOrder.DayFirst : SlashDateOrder.MonthFirst);
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            return Tagger.Run(settings, EnglishRecognizer.Instance, stdout, Console.Error);
        });
        return command;
    }
}
