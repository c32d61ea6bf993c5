using Pyarch.Python.Ast;

namespace Pyarch.Python;

/// <summary>
/// Visits a syntax tree depth-first with one virtual <c>Visit&lt;Node&gt;</c> per node class, children in source
/// order (decorators before the <c>def</c>, a default right after its parameter, <c>body</c> of an <c>IfExp</c>
/// before its <c>test</c>), as Roslyn's <c>CSharpSyntaxWalker</c> does. Override a method to act on a node;
/// call the base method to go on into its children. Every child is visited through <see cref="Visit"/>,
/// so overriding it sees every node.
/// </summary>
public abstract partial class PythonWalker
{
    /// <summary>Dispatches to the <c>Visit&lt;Node&gt;</c> method of the node's class; does nothing for null.</summary>
    public virtual void Visit(Node? node)
    {
        switch (node)
        {
            case null:
                break;
            case Stmt stmt:
                DispatchStmt(stmt);
                break;
            case Expr expr:
                DispatchExpr(expr);
                break;
            case Pattern pattern:
                DispatchPattern(pattern);
                break;
            default:
                DispatchPart(node);
                break;
        }
    }

    protected void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : Node?
    {
        for (int i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }

    /// <summary>Visits two lists that interleave in the source (call arguments and keywords) by start offset.</summary>
    protected void VisitMerged<TFirst, TSecond>(IReadOnlyList<TFirst> first, IReadOnlyList<TSecond> second)
        where TFirst : Node
        where TSecond : Node
    {
        int i = 0;
        int j = 0;
        while (i < first.Count || j < second.Count)
        {
            if (j >= second.Count || (i < first.Count && first[i].Range.Start <= second[j].Range.Start))
            {
                Visit(first[i++]);
            }
            else
            {
                Visit(second[j++]);
            }
        }
    }

    /// <summary>Visits two parallel lists pairwise (dict keys and values, mapping-pattern keys and patterns).</summary>
    protected void VisitPairs<TFirst, TSecond>(IReadOnlyList<TFirst> first, IReadOnlyList<TSecond> second)
        where TFirst : Node?
        where TSecond : Node?
    {
        int count = Math.Max(first.Count, second.Count);
        for (int i = 0; i < count; i++)
        {
            if (i < first.Count)
            {
                Visit(first[i]);
            }
            if (i < second.Count)
            {
                Visit(second[i]);
            }
        }
    }

    private static ArgumentException Unknown(Node node) =>
        new($"PythonWalker has no Visit method for {node.GetType().Name}", nameof(node));
}
