using System.Runtime.CompilerServices;
using Pyarch.Text;
using Expr = Pyarch.Python.Ast.Expr;
using ExprContext = Pyarch.Python.Ast.ExprContext;
using Name = Pyarch.Python.Ast.Name;

namespace Pyarch.Python.Tests;

public sealed class NodeListsTests
{
    [Fact]
    public void Should_let_the_nodes_of_an_old_list_go_once_it_has_grown()
    {
        // A list that has lived through collections, as a thread's lists do through a batch of files.
        var lists = new NodeLists<Expr>();
        lists.Finish(lists.Rent());
        GC.Collect();
        GC.Collect();

        WeakReference node = CollectAndDropNodes(lists, count: 9);
        // The young generation alone, as between the files of a batch: the old array the list grew out of must not
        // keep its nodes alive.
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);

        Assert.False(node.IsAlive);
    }

    [Fact]
    public void Should_give_every_item_in_order_after_growing()
    {
        var lists = new NodeLists<Expr>();
        var list = lists.Rent();
        var names = Enumerable.Range(0, 20).Select(i => new Name(new TextRange(i, i + 1), $"n{i}", ExprContext.Load)).ToList();
        names.ForEach(list.Add);

        Assert.Equal(names, lists.Finish(list));
        Assert.Equal(0, lists.Rent().Count);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference CollectAndDropNodes(NodeLists<Expr> lists, int count)
    {
        var list = lists.Rent();
        for (int i = 0; i < count; i++)
        {
            list.Add(new Name(new TextRange(i, i + 1), "dropped", ExprContext.Load));
        }
        var first = new WeakReference(list[0]);
        lists.Finish(list);
        return first;
    }
}
