using Timeline.Temporal.Lexicon;

namespace Timeline.Temporal.Tokens;

/// <summary>
/// One token: offsets into the text (never a substring), what it is, and for words the lexicon
/// class. <see cref="Glued"/> is true when no white space separates it from the previous token,
/// which is how <c>Hwasong-17</c> and <c>180,000</c> are told apart from dates.
/// </summary>
/// <param name="Value">Numbers: their value, or -1 past nine digits. Words: the lexicon value. Punctuation: the character.</param>
/// <param name="Digits">Numbers and ordinals: how many digits were written.</param>
internal readonly record struct Token(int Start, int Length, TokenKind Kind, bool Glued, WordClass Class, int Value, int Digits, bool Capitalized)
{
    public int End => Start + Length;

    public bool IsNumber => Kind == TokenKind.Number;
}
