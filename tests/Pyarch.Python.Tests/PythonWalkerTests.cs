using System.Collections;
using System.Reflection;
using Pyarch.Python.Ast;
using Pyarch.Text;
using Assert = Xunit.Assert;
using Module = Pyarch.Python.Ast.Module;

namespace Pyarch.Python.Tests;

public sealed class PythonWalkerTests
{
    private static readonly Type[] NodeTypes = typeof(Node).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(Node).IsAssignableFrom(t))
        .OrderBy(t => t.Name)
        .ToArray();

    public static TheoryData<string> NodeTypeNames => new(NodeTypes.Select(t => t.Name));

    [Fact]
    public void Should_find_the_node_classes_to_check()
    {
        // Guards the reflection below: if the AST moved assemblies, every other test here would pass vacuously.
        Assert.True(NodeTypes.Length >= 70, $"only {NodeTypes.Length} node types found");
    }

    [Theory]
    [MemberData(nameof(NodeTypeNames))]
    public void Should_have_an_overridable_visit_method_for_every_node_class(string typeName)
    {
        var type = NodeTypes.Single(t => t.Name == typeName);

        var method = typeof(PythonWalker).GetMethod("Visit" + type.Name, [type]);

        Assert.True(method is { IsVirtual: true, IsPublic: true }, $"PythonWalker lacks public virtual Visit{type.Name}({type.Name})");
    }

    [Theory]
    [MemberData(nameof(NodeTypeNames))]
    public void Should_visit_every_child_of_every_node_class(string typeName)
    {
        // Given: a node whose every child slot holds a distinct node
        var type = NodeTypes.Single(t => t.Name == typeName);
        var node = (Node)new TreeFactory().Create(type, leaf: false);
        var children = ChildrenOf(node).ToList();

        // When
        var walker = new RecordingWalker();
        walker.Visit(node);

        // Then: each child was visited exactly once, and nothing else was visited
        Assert.Same(node, walker.Visited[0]);
        var visitedChildren = walker.Visited.Skip(1).ToList();
        foreach (var (property, child) in children)
        {
            Assert.True(visitedChildren.Count(v => ReferenceEquals(v, child)) == 1, $"{type.Name}.{property} was not visited exactly once");
        }
        Assert.Equal(children.Count, visitedChildren.Count);
    }

    [Fact]
    public void Should_visit_children_in_source_order()
    {
        // Given: @d / def f(a, b=1, *, c=2) -> r: / return x if y else {k: v}[g(p, k2=w, *q)]
        var s = new TestSource("@d\ndef f(a, b=1, *, c=2) -> r:\n    return x if y else {k: v}[g(p, k2=w, *q)]\n");
        Name N(string id, string? after = null) => new(s.At(id, after), id, ExprContext.Load);
        Constant C(string digits) => new(s.At(digits), new ConstantValue.Int(int.Parse(digits)), null);
        var args = new Arguments(default, [], [new Arg(s.At("a"), "a", null), new Arg(s.At("b="), "b", null)], null,
            [new Arg(s.At("c"), "c", null)], [C("2")], null, [C("1")]);
        var call = new Call(s.Span("g", ")"), N("g"), [N("p"), new Starred(s.At("*q"), N("q"), ExprContext.Load)],
            [new Keyword(s.At("k2=w"), "k2", N("w"))]);
        var body = new IfExp(s.Span("x", "]"), Test: N("y", "if "), Body: N("x", "return "), Orelse:
            new Subscript(s.Span("{", "]"), new Dict(s.Span("{", "}"), [N("k", "{")], [N("v", ": ")]), call, ExprContext.Load));
        var function = new FunctionDef(s.Span("def", "]"), "f", args, [new Return(s.Span("return", "]"), body)], [N("d")], N("r", "-> "), []);

        // When
        var walker = new RecordingWalker();
        walker.Visit(new Module(s.All, [function]));

        // Then
        var leaves = walker.Visited.Select(n => n switch
        {
            Name name => name.Id,
            Arg arg => arg.Name,
            Keyword keyword => keyword.Name,
            Constant { Value: ConstantValue.Int i } => i.Value.ToString(),
            _ => null,
        }).OfType<string>();
        Assert.Equal(["d", "a", "b", "1", "c", "2", "r", "x", "y", "k", "v", "g", "p", "k2", "w", "q"], leaves);
    }

    private static IEnumerable<(string Property, Node Child)> ChildrenOf(Node node)
    {
        foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (property.GetValue(node))
            {
                case Node child:
                    yield return (property.Name, child);
                    break;
                case IEnumerable items and not string:
                    foreach (var item in items.OfType<Node>())
                    {
                        yield return (property.Name, item);
                    }
                    break;
            }
        }
    }

    private sealed class RecordingWalker : PythonWalker
    {
        public List<Node> Visited { get; } = [];

        public override void Visit(Node? node)
        {
            if (node is not null)
            {
                Visited.Add(node);
            }
            base.Visit(node);
        }
    }

    /// <summary>Builds any node through its constructor, filling every child slot with a fresh leaf node.</summary>
    private sealed class TreeFactory
    {
        private int _offset;

        public object Create(Type type, bool leaf)
        {
            var constructor = type.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First();
            var arguments = constructor.GetParameters().Select(p => Value(p.ParameterType, leaf)).ToArray();
            return constructor.Invoke(arguments);
        }

        private object? Value(Type type, bool leaf)
        {
            if (type == typeof(TextRange))
            {
                _offset += 2;
                return new TextRange(_offset, _offset + 1);
            }
            if (type == typeof(string))
            {
                return "x";
            }
            if (type == typeof(ConstantValue))
            {
                return ConstantValue.None.Instance;
            }
            if (typeof(Node).IsAssignableFrom(type))
            {
                return leaf && type != typeof(Arguments) ? null : Create(LeafTypeFor(type), leaf: true);
            }
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                var element = type.GetGenericArguments()[0];
                var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
                if (!leaf)
                {
                    list.Add(Value(element, leaf));
                }
                return list;
            }
            return type.IsValueType ? Activator.CreateInstance(type) : null;
        }

        private static Type LeafTypeFor(Type type) =>
            !type.IsAbstract ? type
            : type == typeof(Expr) ? typeof(Name)
            : type == typeof(Stmt) ? typeof(Pass)
            : type == typeof(Pattern) ? typeof(MatchStar)
            : type == typeof(TypeParam) ? typeof(ParamSpec)
            : throw new ArgumentException($"no leaf node for {type.Name}");
    }
}
