using System.Text;

namespace Timeline.Benchmarks.Recognizer;

/// <summary>
/// Generated benchmark texts (no corpus is shipped): news-like prose with a date every few sentences,
/// and date-dense text where nearly every clause holds one. Fixed seed, so every run measures the same bytes.
/// </summary>
internal static class BenchmarkTexts
{
    private static readonly string[] Plain =
    [
        "Delegations from several countries gathered in the capital to attend the ceremony, officials said.",
        "The minister expressed full support for the struggle of the army and the people to defend the country.",
        "Analysts say the talks could ease tension on the peninsula, although a true peace deal has never been signed.",
        "More than 180,000 troops took part in the exercise, which involved the Hwasong-17 and MQ-9 drones.",
        "The ministry stated that the occasion was aimed at improving cooperative ties between the two nations.",
        "Protesters march on the square while police may close the roads, a spokesperson for the G7 said.",
        "Shares rose 2.5% to $1,950 after the company reported results on page 12 of its filing.",
        "The committee, which meets in the old parliament building, has not published its findings yet.",
    ];

    private static readonly string[] Dated =
    [
        "The armistice was signed on July 27, 1953, ending the fighting.",
        "Moscow invaded in February 2022 after months of build-up.",
        "The delegation visited from the 25th to the 27th of July.",
        "Officials said last year that the programme had grown.",
        "The war it launched in 1950 ended in a stalemate.",
        "Leaders met on Wednesday and will meet again next month.",
        "Sales fell in the third quarter of 2022 and again in early 2023.",
        "The region has been contested since the 1950s and the 20th century before them.",
        "The following year, a 1986 protocol was signed; two years ago it lapsed.",
        "Fighting lasted between 1950 and 1953, seven decades ago.",
    ];

    public static string News(int bytes) => Build(bytes, datedEvery: 4);

    public static string DateDense(int bytes) => Build(bytes, datedEvery: 1);

    private static string Build(int chars, int datedEvery)
    {
        var random = new Random(20230728);
        var sb = new StringBuilder(chars + 256);
        int sentence = 0;
        while (sb.Length < chars)
        {
            bool dated = sentence % datedEvery == 0;
            sb.Append(dated ? Dated[random.Next(Dated.Length)] : Plain[random.Next(Plain.Length)]);
            sb.Append(++sentence % 5 == 0 ? "\n\n" : " ");
        }

        return sb.ToString();
    }
}
