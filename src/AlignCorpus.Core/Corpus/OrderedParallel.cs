using System.Collections.Concurrent;

namespace AlignCorpus.Core.Corpus;

/// <summary>
/// Runs work on items in parallel and hands the results to a consumer in input order. At most a
/// window of items (4 per thread) is in flight between the producer and the consumer, so memory
/// does not grow with the number of items, and the consumer sees the same sequence whatever the
/// thread count.
/// </summary>
public static class OrderedParallel
{
    public static void Run<TIn, TOut>(
        IEnumerable<TIn> source, Func<TIn, TOut> work, Action<TOut> consume, int threads, CancellationToken cancel)
    {
        threads = Math.Max(1, threads);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        int window = threads * 4;
        var slots = new SemaphoreSlim(window, window);
        var input = new BlockingCollection<(long Seq, TIn Item)>(window);
        var ring = new (bool Ready, TOut Value)[window];
        var gate = new object();
        long produced = -1;
        Exception? failure = null;

        var producer = new Thread(() =>
        {
            long seq = 0;
            try
            {
                foreach (var item in source)
                {
                    slots.Wait(stop.Token);
                    input.Add((seq++, item), stop.Token);
                }
            }
            catch (Exception e) when (e is OperationCanceledException || stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                lock (gate)
                {
                    failure ??= e;
                }
            }
            finally
            {
                input.CompleteAdding();
                lock (gate)
                {
                    produced = seq;
                    Monitor.PulseAll(gate);
                }
            }
        }) { IsBackground = true, Name = "batch-producer" };

        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            workers[t] = new Thread(() =>
            {
                foreach (var (seq, item) in input.GetConsumingEnumerable())
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

        producer.Start();
        foreach (var w in workers)
        {
            w.Start();
        }

        try
        {
            for (long next = 0; ; next++)
            {
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
                slots.Release();
                cancel.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            // Stop the producer (it may wait for a slot) and drain what it queued.
            stop.Cancel();
            producer.Join();
            while (input.TryTake(out _))
            {
            }

            foreach (var w in workers)
            {
                w.Join();
            }
        }
    }
}
