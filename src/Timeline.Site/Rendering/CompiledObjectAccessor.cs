using System.Linq.Expressions;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Timeline.Site.Rendering;

/// <summary>
/// Scriban's accessor for a .NET type, with each member it exposes read by a compiled getter instead of
/// <see cref="PropertyInfo.GetValue(object)"/>: a site reads view records' properties millions of times. The names, and
/// anything but reading a member (writing, indexers), are Scriban's own accessor's; a bool is returned as one of two
/// shared boxes rather than a new one per read.
/// </summary>
internal sealed class CompiledObjectAccessor : IObjectAccessor
{
    private static readonly object True = true;
    private static readonly object False = false;

    private readonly IObjectAccessor _scriban;
    private readonly Dictionary<string, Func<object, object?>> _getters;

    private CompiledObjectAccessor(IObjectAccessor scriban, Dictionary<string, Func<object, object?>> getters)
    {
        _scriban = scriban;
        _getters = getters;
    }

    /// <summary>
    /// Wraps <paramref name="scriban"/>, the accessor Scriban made for <paramref name="type"/> with
    /// <paramref name="context"/>'s renamer, compiling a getter for each member name it exposes.
    /// </summary>
    public static CompiledObjectAccessor Wrap(IObjectAccessor scriban, Type type, TemplateContext context, object target)
    {
        var names = scriban.GetMembers(context, default, target).ToHashSet(StringComparer.Ordinal);
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        // The first member to take a name wins, in the order Scriban's accessor looks: the type before its bases, fields before properties.
        for (var declaring = type; declaring is not null && declaring != typeof(object); declaring = declaring.BaseType)
        {
            const BindingFlags Declared = BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly;
            var members = declaring.GetFields(Declared).Cast<MemberInfo>()
                .Concat(declaring.GetProperties(Declared).Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true }));
            foreach (var member in members)
            {
                string name = context.MemberRenamer(member) is { Length: > 0 } renamed ? renamed : member.Name;
                if (names.Contains(name) && !getters.ContainsKey(name)) getters[name] = Getter(type, member);
            }
        }
        return new CompiledObjectAccessor(scriban, getters);
    }

    private static Func<object, object?> Getter(Type type, MemberInfo member)
    {
        var target = Expression.Parameter(typeof(object));
        Expression read = Expression.MakeMemberAccess(Expression.Convert(target, type), member);
        Expression body = read.Type == typeof(bool)
            ? Expression.Condition(read, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)))
            : Expression.Convert(read, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, target).Compile();
    }

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => _scriban.GetMemberCount(context, span, target);

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => _scriban.GetMembers(context, span, target);

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => _scriban.HasMember(context, span, target, member);

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (_getters.TryGetValue(member, out var getter))
        {
            value = getter(target);
            return true;
        }
        return _scriban.TryGetValue(context, span, target, member, out value);
    }

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) =>
        _scriban.TrySetValue(context, span, target, member, value);

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) =>
        _scriban.TryGetItem(context, span, target, index, out value);

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) =>
        _scriban.TrySetItem(context, span, target, index, value);

    public bool HasIndexer => _scriban.HasIndexer;

    public Type? IndexType => _scriban.IndexType;
}
