using System.Runtime.CompilerServices;
using System.Buffers;
using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Tokens;

/// <summary>One linear pass over the text; each character is looked at a bounded number of times.</summary>
internal static class Tokenizer
{
    // Longer words are never in the lexicon; skipping their lookup keeps hashing bounded.
    private const int MaxLexiconWord = 14;

    /// <summary>
    /// The tokens of <paramref name="text"/> in a buffer rented from <see cref="ArrayPool{T}.Shared"/> (the
    /// caller returns it): a megabyte of text makes megabytes of tokens, and renting spares the page
    /// faults of a fresh large array on every call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Token[] Tokenize(string text, out int count)
    {
        var tokens = new TokenBuffer(text.Length / 5 + 4);
        int i = 0;
        bool glued = false;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                glued = false;
                i++;
                continue;
            }

            int start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                int digits = i - start;
                int value = digits <= 9 ? int.Parse(text.AsSpan(start, digits), provider: System.Globalization.CultureInfo.InvariantCulture) : -1;
                int letters = 0;
                while (i + letters < text.Length && char.IsAsciiLetter(text[i + letters]) && letters < 3) letters++;
                bool letterAfter = i + letters < text.Length && char.IsLetter(text[i + letters]);
                var suffix = text.AsSpan(i, letters);
                if (!letterAfter && letters == 2 && IsOrdinalSuffix(suffix))
                {
                    i += 2;
                    tokens.Add(new Token(start, i - start, TokenKind.Ordinal, glued, WordClass.None, value, digits, false));
                }
                else if (!letterAfter && letters == 1 && (suffix[0] == 's' || suffix[0] == 'S'))
                {
                    i += 1;
                    tokens.Add(new Token(start, i - start, TokenKind.PluralNumber, glued, WordClass.None, value, digits, false));
                }
                else
                {
                    tokens.Add(new Token(start, digits, TokenKind.Number, glued, WordClass.None, value, digits, false));
                }
            }
            else if (char.IsLetter(c))
            {
                while (i < text.Length && char.IsLetter(text[i])) i++;
                var word = text.AsSpan(start, i - start);
                var entry = word.Length <= MaxLexiconWord ? Words.Lookup(word) : default;
                tokens.Add(new Token(start, i - start, TokenKind.Word, glued, entry.Class, entry.Value, 0, char.IsUpper(c)));
            }
            else
            {
                // Surrogate pairs stay together so that a span never splits a character.
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(start, i - start, TokenKind.Punct, glued, WordClass.None, c, 0, false));
            }

            glued = true;
        }

        count = tokens.Count;
        return tokens.Items;
    }

    /// <summary>A growable run of tokens in a pooled array.</summary>
    private struct TokenBuffer(int capacity)
    {
        public Token[] Items = ArrayPool<Token>.Shared.Rent(capacity);
        public int Count;

        public void Add(Token token)
        {
            if (Count == Items.Length)
            {
                var bigger = ArrayPool<Token>.Shared.Rent(Items.Length * 2);
                Array.Copy(Items, bigger, Count);
                ArrayPool<Token>.Shared.Return(Items);
                Items = bigger;
            }

            Items[Count++] = token;
        }
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> s) =>
        s.Equals("st", StringComparison.OrdinalIgnoreCase) || s.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || s.Equals("rd", StringComparison.OrdinalIgnoreCase) || s.Equals("th", StringComparison.OrdinalIgnoreCase);
}
