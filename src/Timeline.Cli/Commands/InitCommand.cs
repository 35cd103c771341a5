using System.CommandLine;
using Spectre.Console;
using Timeline.Core.Config;
using Timeline.Site.Rendering;

namespace Timeline.Cli.Commands;

/// <summary>
/// <c>timeline init</c>: a starter timeline.yml in the input folder; with <c>--templates DIR</c>, also
/// a copy of the built-in templates to edit. Nothing that exists is overwritten unless <c>--force</c>.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "Folder of articles to write timeline.yml into", DefaultValueFactory = _ => "." };
        var templates = new Option<string?>("--templates") { Description = "Copy the built-in templates into this folder for editing" };
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist" };
        var command = new Command("init", "Write a starter timeline.yml, and copy the default templates for editing") { input, templates, force };
        command.SetAction(parse => Run(AnsiConsole.Console, parse.GetValue(input)!, parse.GetValue(templates), parse.GetValue(force)));
        return command;
    }

    internal static int Run(IAnsiConsole console, string input, string? templates, bool force)
    {
        try
        {
            Directory.CreateDirectory(input);
            string config = Path.Combine(input, TimelineConfig.FileName);
            if (File.Exists(config) && !force)
            {
                console.WriteLine($"Kept {config}: it exists (--force replaces it)");
            }
            else
            {
                // The config names the templates folder relative to itself, as the build reads it.
                string? relative = templates is null ? null : Path.GetRelativePath(Path.GetFullPath(input), Path.GetFullPath(templates));
                File.WriteAllText(config, StarterConfig.Text(relative));
                console.WriteLine($"Wrote {config}");
            }

            if (templates is not null)
            {
                var (written, kept) = ThemeExport.CopyBuiltIn(templates, force);
                console.WriteLine($"Copied {written.Count} template files to {templates}" + (kept.Count > 0 ? $"; kept {kept.Count} that exist ({string.Join(", ", kept)})" : ""));
                console.WriteLine("Edit them, delete the ones you do not change (the built-in ones are used instead), and build with --templates or `templates:` in timeline.yml.");
            }
            return 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(ex.Message)}");
            return 1;
        }
    }
}
