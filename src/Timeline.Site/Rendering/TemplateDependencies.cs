using Scriban;
using Scriban.Syntax;

namespace Timeline.Site.Rendering;

/// <summary>
/// Which global variables a page can read: every name its template, the layout and the templates
/// they include (by a literal name) mention. Reading more names than a render will use is safe
/// (a page is rendered when it need not be); fewer would not be, so an include whose name is
/// computed makes the page depend on everything (<see cref="Everything"/>).
/// </summary>
internal sealed class TemplateDependencies(Func<string, Template> parse)
{
    private readonly Dictionary<string, Names> _byTemplate = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    /// <summary>The names a page rendered from <paramref name="template"/> inside <paramref name="layout"/> may read, or null for any.</summary>
    public IReadOnlySet<string>? Of(string template, string layout)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([template, layout]);
        while (pending.TryPop(out string? name))
        {
            if (!seen.Add(name)) continue;
            var read = Read(name);
            if (read.Dynamic) return null;
            names.UnionWith(read.Variables);
            foreach (string included in read.Includes) pending.Push(included);
        }
        return names;
    }

    private Names Read(string template)
    {
        lock (_lock)
        {
            if (_byTemplate.TryGetValue(template, out var cached)) return cached;
            var visitor = new Collector();
            parse(template).Page?.Accept(visitor);
            var names = new Names(visitor.Variables, visitor.Includes, visitor.Dynamic);
            _byTemplate[template] = names;
            return names;
        }
    }

    private sealed record Names(HashSet<string> Variables, List<string> Includes, bool Dynamic);

    private sealed class Collector : ScriptVisitor
    {
        private int _includeMentions;
        private bool _readsThis;
        private int _literalIncludes;

        public HashSet<string> Variables { get; } = new(StringComparer.Ordinal);
        public List<string> Includes { get; } = [];

        /// <summary>Some use of <c>include</c> is not a call with a literal name (a pipe, a computed name, an alias).</summary>
        /// <remarks><c>this</c> reads globals by a computed name (<c>this["events"]</c>), so it counts as reading every one.</remarks>
        public bool Dynamic => _readsThis || _includeMentions > _literalIncludes;

        public override void Visit(ScriptThisExpression node)
        {
            _readsThis = true;
            base.Visit(node);
        }

        public override void Visit(ScriptVariableGlobal node)
        {
            Variables.Add(node.Name);
            if (node.Name == "include") _includeMentions++;
            base.Visit(node);
        }

        // In `event.sources` the member is a variable node too, but it names a field, not a global.
        public override void Visit(ScriptMemberExpression node) => node.Target?.Accept(this);

        public override void Visit(ScriptFunctionCall node)
        {
            if (node.Target is ScriptVariableGlobal { Name: "include" } && node.Arguments.Count > 0 && node.Arguments[0] is ScriptLiteral { Value: string name })
            {
                Includes.Add(name);
                _literalIncludes++;
            }
            base.Visit(node);
        }
    }
}
