using System.Globalization;
using System.Text;
using Timeline.Core.Sources;
using Timeline.Temporal;

namespace Timeline.Core.Corpus;

/// <summary>Composes one news-like article about a main story, mentioning a few others, to a target length.</summary>
internal sealed class ArticleWriter(Pcg32 random)
{
    public GeneratedArticle Write(int index, Story main, IReadOnlyList<Story> others)
    {
        // Published a few days to a few months after the main story, so relative dates make sense.
        var published = main.Date.AddDays(main.Days - 1 + (random.Chance(0.5) ? random.Between(0, 6) : random.Between(7, 120)));
        // Mostly long reports (about 80 MB for 10,000 articles) and some short items.
        int targetWords = random.Chance(0.15) ? random.Between(200, 700) : 800 + (int)(700 * Math.Sqrt(random.NextDouble()));
        string title = $"{main.Actor} and the {main.City} {Headword(main.Happening)}";

        var body = new StringBuilder(targetWords * 7);
        int words = 0;
        bool withDateline = random.Chance(0.3);
        if (withDateline)
            body.Append(CultureInfo.InvariantCulture, $"{main.City} [{main.Country}], {DatePhrases.Month(published.Month)} {published.Day} : ");

        // The lead always dates the main story; the rest mixes it, the other stories and undated prose.
        words += Append(body, Lead(main, published));
        while (words < targetWords)
        {
            body.Append("\n\n");
            int sentences = random.Between(2, 5);
            for (int i = 0; i < sentences && words < targetWords; i++)
            {
                if (i > 0) body.Append(' ');
                words += Append(body, Sentence(main, others, published));
            }
        }

        // Metadata: most in a header, some only in timeline.yml, some nowhere (the date stays unknown).
        var header = new StringBuilder();
        SourceMetadata? config = null;
        int metadata = random.Below(20);
        string iso = published.ToString();
        if (metadata < 11) header.Append(CultureInfo.InvariantCulture, $"Title: {title}\nDate: {iso}\n");
        else if (metadata < 13) header.Append(CultureInfo.InvariantCulture, $"date {iso} ");
        else if (metadata < 16) config = new SourceMetadata { Title = title, Date = iso };
        else if (metadata < 17) config = new SourceMetadata { Title = title };
        if (metadata < 11 && random.Chance(0.6))
            header.Append(CultureInfo.InvariantCulture, $"Publisher: {random.Pick(Vocabulary.Publishers)}\nURL: https://news.example.org/{published.Year}/{index}\n");
        if (header.Length > 0 && header[^1] == '\n') header.Append('\n');

        string slug = Slug.From(title, 48);
        string path = string.Create(CultureInfo.InvariantCulture, $"{index / 1000:000}/{index:000000}-{slug}.txt");
        return new GeneratedArticle(path, header.Append(body).Append('\n').ToString(), words, config);
    }

    private static string Headword(string happening) => happening[(happening.LastIndexOf(' ') + 1)..];

    private string Lead(Story s, CalendarDate published) =>
        $"{s.Actor}, the {s.Country} {s.Role}, said {DatePhrases.For(s, published, random)} that the {s.Body} {s.Happening} in {s.City}.";

    private string Sentence(Story main, IReadOnlyList<Story> others, CalendarDate published)
    {
        // About one sentence in four carries a date, as in the seed articles: most prose is undated.
        int kind = random.Below(20);
        var story = kind < 2 || others.Count == 0 ? main : random.Pick(others);
        return kind switch
        {
            < 4 => $"{random.Pick(Vocabulary.Reporting)} the {story.Body} of {story.Country} {story.Happening} {DatePhrases.For(story, published, random)}.",
            4 => $"The {story.Country} {story.Role}, {story.Actor}, has held the post {DatePhrases.Background(random, story.Date.Year - random.Between(1, 20))}.",
            5 => $"{story.City} has seen repeated protests {DatePhrases.Background(random, story.Date.Year - random.Between(0, 30))}, officials say.",
            < 10 => random.Pick(Vocabulary.Filler),
            _ => $"{random.Pick(Vocabulary.Subjects)} {random.Pick(Vocabulary.Predicates)} {random.Pick(Vocabulary.Objects)}.",
        };
    }

    private static int Append(StringBuilder body, string sentence)
    {
        body.Append(sentence);
        return sentence.AsSpan().Count(' ') + 1;
    }
}
