namespace Timeline.Core.Tests.Sources;

/// <summary>Realistic articles written for these tests (invented events, not copied from any publication).</summary>
internal static class Articles
{
    public const string PlainText = """
        date 2024-03-15
        Title: Harbour bridge reopens after two years of repairs
        URL: https://news.example.org/2024/03/harbour-bridge-reopens
        Source: Coastal Courier
        Port Averne [Norland], March 15 : The Averne harbour bridge reopened to traffic on Friday morning, two years after a cargo ship struck one of its piers in March 2022 and forced its closure.

        The first cars crossed at 6 a.m., watched by a small crowd of commuters who had spent the past two years on a forty-minute detour through the industrial district. Mayor Ilse Brandt called the reopening "the end of the longest winter this city has had."

        Repairs began in the autumn of 2022, once divers had surveyed the damaged pier, and were meant to finish last summer. Engineers blamed the delay on a shortage of the special steel used for the new bearings, which arrived only in January.

        The ship's owner, Nordhav Shipping, agreed last year to pay most of the cost. A final inspection is planned for next month, and the city says the bridge's pedestrian walkway will open by the end of April.
        """;

    public const string Markdown = """
        ---
        title: Valley orchards count the cost of a late frost
        date: 2023-05-02
        url: https://valley.example.net/orchards-late-frost
        author: Marta Oyelaran
        publisher: Valley Ledger
        tags: [agriculture, weather]
        layout: article
        ---
        # Late frost hits valley orchards

        Growers in the upper valley are counting their losses after temperatures fell to minus four degrees on the night of **April 27**, three weeks after the apple trees had flowered.

        "We have not seen a frost this late since 1997," said Tomas Reyes, who has farmed
        forty hectares near Lindell for *three decades*. He expects to lose half of this year's crop.

        The regional growers' association will ask for emergency aid at its meeting on May 10, and says it will publish a full estimate of the damage by the end of the month.

        ## What comes next

        - Insurers have until June 1 to inspect the affected orchards.
        - A second survey is planned for the harvest in September.
        """;

    /// <summary>A news page with the furniture a saved page carries: navigation, ads, a comments section, scripts.</summary>
    public const string Html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Rail strike ends after nine days | Metro Daily</title>
          <meta property="og:title" content="Rail strike ends after nine days as unions accept new offer">
          <meta property="og:site_name" content="Metro Daily">
          <meta property="og:url" content="https://metrodaily.example.com/rail-strike-ends?utm=share">
          <meta property="article:published_time" content="2022-11-18T21:40:00+01:00">
          <meta name="author" content="Jonas Weber">
          <link rel="canonical" href="https://metrodaily.example.com/news/rail-strike-ends">
          <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2022-11-17","publisher":{"name":"Metro Daily Group"}}</script>
          <script>window.tracker = { page: "rail-strike" }; document.write("TRACKING PIXEL");</script>
          <style>.ad { display: block; }</style>
        </head>
        <body>
          <header class="masthead"><a href="/">Metro Daily</a></header>
          <nav class="main-nav"><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>
          <div class="ad ad-banner">ADVERTISEMENT: Buy two sofas for the price of one</div>
          <main>
            <article>
              <h1>Rail strike ends after nine days</h1>
              <p class="byline">By Jonas Weber · <time datetime="2022-11-18">18 November 2022</time></p>
              <p>Trains will run normally again from Saturday after the two rail unions accepted a new pay offer late on Friday, ending a nine-day strike that had halted most regional services since November 10.</p>
              <p>The agreement gives drivers and signal staff a 6 percent rise backdated to January, and a further 3 percent next year. Union leaders had rejected an earlier offer of 4 percent on Monday, calling it "an insult to people who kept the network running through the pandemic."</p>
              <div class="ad inline-ad">ADVERTISEMENT: Winter tyres at half price this week only</div>
              <p>The operator said the strike had cost it about 40 million euros in lost fares. Commuters in the northern suburbs, where buses replaced only a third of the trains, were the worst affected; some reported journeys of more than three hours.</p>
              <p>Transport minister Clara Vos welcomed the deal and said she would propose a law on minimum service levels before the end of the year, a plan the unions have promised to fight.</p>
            </article>
            <section id="comments" class="comments">
              <h2>Comments (3)</h2>
              <div class="comment"><p>COMMENT: About time, I have been driving to work for a week.</p></div>
              <div class="comment"><p>COMMENT: Six percent is still less than inflation.</p></div>
            </section>
          </main>
          <aside class="sidebar"><h3>Most read</h3><ol><li>SIDEBAR: Ten recipes for a rainy Sunday</li></ol></aside>
          <footer class="site-footer">FOOTER: © Metro Daily. All rights reserved.</footer>
          <script>console.log("analytics");</script>
        </body>
        </html>
        """;

    /// <summary>A short page: under SmartReader's readable length, so the fallback heuristic reads it.</summary>
    public const string ShortHtml = """
        <html><head><title>Library reopens | Town Crier</title>
        <meta name="date" content="2021-09-06"></head>
        <body>
          <nav>Home · News · Events</nav>
          <article><h1>Library reopens</h1>
          <p>The town library reopened on Monday after a summer of rewiring.</p>
          <p>Opening hours are unchanged.</p></article>
          <div class="newsletter">Subscribe to our newsletter</div>
          <footer>Town Crier</footer>
        </body></html>
        """;
}
