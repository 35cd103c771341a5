using System.Reflection;
using Timeline.Temporal;

namespace Timeline.Core.Caching;

/// <summary>
/// Rebuilds a stored <see cref="TimeValue"/> from its five parts. Its constructor is private (the
/// public factories keep the parts in agreement), so this calls it through reflection; the
/// constructor still validates, and a stored value that breaks its rules fails to read, so the
/// article is analysed again. A public <c>TimeValue.Restore</c> in Timeline.Temporal would be better.
/// </summary>
internal static class TimeValueFactory
{
    private static readonly ConstructorInfo Constructor = typeof(TimeValue).GetConstructor(
        BindingFlags.NonPublic | BindingFlags.Instance,
        [typeof(string), typeof(TimePrecision), typeof(TimeModifier), typeof(CalendarDate?), typeof(CalendarDate?)])
        ?? throw new InvalidOperationException("TimeValue's private constructor changed; update TimeValueFactory");

    public static TimeValue Restore(string timex, TimePrecision precision, TimeModifier modifier, CalendarDate? start, CalendarDate? end)
    {
        try
        {
            return (TimeValue)Constructor.Invoke([timex, precision, modifier, start, end]);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is ArgumentException inner)
        {
            throw new InvalidDataException(inner.Message, inner);
        }
    }
}
