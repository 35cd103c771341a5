using Timeline.Core.Config;
using Timeline.Core.Events;
using Timeline.Core.Sources;
using Timeline.Core.Text;

namespace Timeline.Core.Overrides;

/// <summary>
/// Events an editor adds by hand. Each rests on a source of its own — the address and quotation
/// given — so it links to a passage like every other event.
/// </summary>
internal static class ManualEvents
{
    public static string? Add(OverrideState s, ManualEvent add)
    {
        if (!OverrideDate.TryParse(add.Date, out var when)) return $"'add' needs a date (YYYY, YYYY-MM, YYYY-MM-DD or A/B), got '{add.Date}'";
        if (string.IsNullOrWhiteSpace(add.Headline)) return "'add' needs a headline";
        if (!SafeUrl.IsSafe(add.Url)) return $"'add' needs the http(s) address of its source, got '{add.Url}'";
        if (string.IsNullOrWhiteSpace(add.Quote)) return "'add' needs a quote from its source";

        string url = add.Url!.Trim();
        var uri = new Uri(url);
        string id = Slug.From("manual " + uri.Host + uri.AbsolutePath);
        if (!s.Documents.Any(d => d.Source.Id == id))
        {
            string quote = add.Quote.Trim();
            var source = new SourceDocument
            {
                Id = id,
                Path = TimelineConfig.FileName,
                Title = string.IsNullOrWhiteSpace(add.Source) ? uri.Host : add.Source.Trim(),
                Text = quote,
                Url = url,
            };
            var paragraph = new Paragraph(0, quote.Length, [new Sentence(0, 0, quote.Length)]);
            s.Documents.Add(new DocumentAnalysis(source, [paragraph], [], []));
            s.Documents.Sort((a, b) => string.CompareOrdinal(a.Source.Id, b.Source.Id));
        }
        var doc = s.Documents.First(d => d.Source.Id == id);
        var mention = new EventMention
        {
            SourceId = id,
            Passage = "s1",
            Quote = doc.Source.Text,
            QuoteStart = 0,
            DateText = add.Date!.Trim(),
            DateStart = 0,
            Value = when,
            Headline = add.Headline.Trim(),
            Url = url,
        };
        s.Events.Add(new TimelineEvent { Id = "", When = when, Headline = add.Headline.Trim(), Mentions = [mention], IsManual = true });
        return null;
    }
}
