namespace AlignCorpus.Core.Corpus;

/// <summary>
/// Runs work on items in parallel and hands the results to a consumer in input order. At most a
/// window of items (4 per thread) is in flight between taking an item and consuming its result,
/// so memory does not grow with the number of items, and the consumer sees the same sequence
/// whatever the thread count.
/// </summary>
/// <remarks>
/// With one thread everything runs on the caller's thread, item after item: no hand-over between
/// threads, no waking of one by another (on a 2-core virtual machine the hand-overs of a
/// producer, a worker and the consumer cost a tenth of a batch's CPU). With more, the workers
/// take items from the source themselves, one at a time under a lock, and wait only when the
/// window is full; the caller's thread consumes.
/// </remarks>
public static class OrderedParallel
{
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> work, Action<TOut> consume, int threads, CancellationToken cancel)
    {
        if (threads <= 1)
        {
            RunInline(source, work, consume, cancel);
            return;
        }

        int window = threads * 4;
        var ring = new (bool Ready, TOut Value)[window];
        var gate = new object();
        var take = new object();
        long taken = 0, consumed = 0, produced = -1;
        bool stopped = false;
        Exception? failure = null;
        using var items = source.GetEnumerator();

        // Takes the next item, waiting while the window is full; false when the source is done or the run stops.
        bool Next(out long seq, out TIn item)
        {
            seq = -1;
            item = default!;
            lock (take)
            {
                lock (gate)
                {
                    while (taken >= consumed + window && !stopped && failure is null)
                    {
                        Monitor.Wait(gate);
                    }

                    if (stopped || failure is not null || produced >= 0 || cancel.IsCancellationRequested)
                    {
                        return false;
                    }
                }

                bool more;
                try
                {
                    more = items.MoveNext();
                }
                catch (Exception e)
                {
                    lock (gate)
                    {
                        // A cancelled source ends the run quietly; any other fault fails it.
                        if (e is not OperationCanceledException && !cancel.IsCancellationRequested)
                        {
                            failure ??= e;
                        }

                        produced = taken;
                        Monitor.PulseAll(gate);
                    }

                    return false;
                }

                lock (gate)
                {
                    if (!more)
                    {
                        produced = taken;
                        Monitor.PulseAll(gate);
                        return false;
                    }

                    seq = taken++;
                }

                item = items.Current;
                return true;
            }
        }

        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            workers[t] = new Thread(() =>
            {
                while (Next(out long seq, out var item))
                {
                    TOut result = default!;
                    Exception? error = null;
                    try
                    {
                        result = work(item);
                    }
                    catch (Exception e)
                    {
                        error = e;
                    }

                    lock (gate)
                    {
                        if (error is not null)
                        {
                            failure ??= error;
                        }

                        ring[seq % window] = (true, result);
                        Monitor.PulseAll(gate);
                    }
                }
            }) { IsBackground = true, Name = "batch-worker-" + t };
        }

        foreach (var w in workers)
        {
            w.Start();
        }

        try
        {
            for (long next = 0; ; next++)
            {
                cancel.ThrowIfCancellationRequested();
                TOut value;
                lock (gate)
                {
                    while (!ring[next % window].Ready && failure is null && !(produced >= 0 && next >= produced))
                    {
                        Monitor.Wait(gate, 100);
                        cancel.ThrowIfCancellationRequested();
                    }

                    if (failure is not null)
                    {
                        throw new AggregateException("a batch worker failed", failure);
                    }

                    if (!ring[next % window].Ready)
                    {
                        break;
                    }

                    value = ring[next % window].Value;
                    ring[next % window] = default;
                }

                consume(value);
                lock (gate)
                {
                    consumed = next + 1;
                    Monitor.PulseAll(gate);
                }

                cancel.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            // Stop the workers (they may wait for room in the window); each finishes the item in hand.
            lock (gate)
            {
                stopped = true;
                Monitor.PulseAll(gate);
            }

            foreach (var w in workers)
            {
                w.Join();
            }
        }
    }

    /// <summary>One thread: take, work, consume, item after item; a failing item or source fails the run as the threaded path does.</summary>
    private static void RunInline<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> work, Action<TOut> consume, CancellationToken cancel)
    {
        using var items = source.GetEnumerator();
        while (true)
        {
            cancel.ThrowIfCancellationRequested();
            try
            {
                if (!items.MoveNext())
                {
                    return;
                }
            }
            catch (Exception e) when (e is OperationCanceledException || cancel.IsCancellationRequested)
            {
                cancel.ThrowIfCancellationRequested();
                return;
            }
            catch (Exception e)
            {
                throw new AggregateException("a batch worker failed", e);
            }

            TOut value;
            try
            {
                value = work(items.Current);
            }
            catch (Exception e)
            {
                throw new AggregateException("a batch worker failed", e);
            }

            consume(value);
        }
    }
}
