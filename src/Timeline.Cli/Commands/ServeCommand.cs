using System.CommandLine;
using Spectre.Console;
using Timeline.Site.Building;
using Timeline.Site.Serving;
using Timeline.Temporal;

namespace Timeline.Cli.Commands;

/// <summary><c>timeline serve</c>: a local preview on 127.0.0.1 that rebuilds on every change and reloads open pages.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "Folder of articles (and its timeline.yml)", DefaultValueFactory = _ => "seeds" };
        var templates = new Option<string?>("--templates") { Description = "Folder of templates overriding the built-in ones" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL the site will be published at (feeds, sitemap, canonical links)" };
        var port = new Option<int>("--port", "-p") { Description = "Port on 127.0.0.1 (0 picks a free one)", DefaultValueFactory = _ => 8080 };
        var basePath = new Option<string>("--base-path") { Description = "Path to serve the site under, e.g. /my-repo/ as on GitHub Pages", DefaultValueFactory = _ => "/" };
        var strict = new Option<bool>("--strict") { Description = "Fail the build when any input file has a problem" };
        var excerpts = new Option<bool>("--excerpts-only") { Description = "Publish only the quoted passages of each source" };

        var command = new Command("serve", "Build, serve on 127.0.0.1, and rebuild and reload on every change") { input, templates, baseUrl, port, basePath, strict, excerpts };
        command.SetAction((parse, cancel) => Run(AnsiConsole.Console, new PreviewOptions(new BuildSettings
        {
            Input = parse.GetValue(input)!,
            Templates = parse.GetValue(templates),
            BaseUrl = parse.GetValue(baseUrl),
            Strict = parse.GetValue(strict),
            ExcerptsOnly = parse.GetValue(excerpts),
        }, parse.GetValue(port), parse.GetValue(basePath)!), cancel));
        return command;
    }

    internal static async Task<int> Run(IAnsiConsole console, PreviewOptions options, CancellationToken cancel)
    {
        var build = new SiteBuild(EnglishRecognizer.Instance);
        await using var server = new PreviewServer(options, settings => build.Run(settings), line => console.WriteLine(line));
        try
        {
            server.Start();
        }
        catch (System.Net.HttpListenerException ex)
        {
            console.MarkupLine($"[red]error:[/] cannot listen on {Markup.Escape(server.Address.ToString())}: {Markup.Escape(ex.Message)}");
            return 1;
        }
        console.WriteLine($"Serving {server.Address} — watching {options.Build.Input}; press Ctrl+C to stop");
        try { await Task.Delay(Timeout.Infinite, cancel); }
        catch (OperationCanceledException) { }
        console.WriteLine("Stopped");
        return 0;
    }
}
