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
        CollectAndDropNodes(new NodeLists<Expr>(), count: 9); // compiled before the attempts are timed
        for (int attempt = 0; ; attempt++)
        {
            // A list that has lived through collections, as a thread's lists do through a batch of files.
            var lists = new NodeLists<Expr>();
            lists.Finish(lists.Rent());
            GC.Collect();
            GC.Collect();

            int collections = GC.CollectionCount(0);
            WeakReference node = CollectAndDropNodes(lists, count: 9);
            if (GC.CollectionCount(0) != collections && attempt < 5)
            {
                continue; // another test's collection came while the nodes were alive, and made them old too
            }
            // The young generations alone, as between the files of a batch: the old array the list grew out of must
            // not keep its nodes alive.
            GC.Collect(1, GCCollectionMode.Forced, blocking: true);

            Assert.False(node.IsAlive);
            return;
        }
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
