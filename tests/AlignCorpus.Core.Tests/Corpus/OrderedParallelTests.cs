using AlignCorpus.Core.Corpus;

namespace AlignCorpus.Core.Tests.Corpus;

public sealed class OrderedParallelTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    public void Results_arrive_in_input_order_whatever_the_threads(int threads)
    {
        var seen = new List<int>();
        OrderedParallel.Run(Enumerable.Range(0, 500), i =>
        {
            // Uneven work so that later items often finish first.
            Thread.SpinWait((i * 7919 % 13) * 1000);
            return i * 2;
        }, seen.Add, threads, CancellationToken.None);
        seen.Should().Equal(Enumerable.Range(0, 500).Select(i => i * 2));
    }

    [Fact]
    public void A_failing_work_item_surfaces_to_the_caller()
    {
        var act = () => OrderedParallel.Run(Enumerable.Range(0, 50), i => i == 20 ? throw new InvalidOperationException("boom") : i, _ => { }, 2, CancellationToken.None);
        act.Should().Throw<AggregateException>().WithInnerException<InvalidOperationException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_failing_source_surfaces_after_the_items_before_it(int threads)
    {
        static IEnumerable<int> Source()
        {
            for (int i = 0; i < 30; i++)
            {
                yield return i;
            }

            throw new IOException("manifest cut");
        }

        var seen = new List<int>();
        var act = () => OrderedParallel.Run(Source(), i => i, seen.Add, threads, CancellationToken.None);
        act.Should().Throw<AggregateException>().WithInnerException<IOException>();
        seen.Should().Equal(Enumerable.Range(0, seen.Count));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    public void No_more_than_four_items_a_thread_are_taken_ahead_of_the_consumer(int threads)
    {
        int taken = 0, consumed = 0, most = 0;
        IEnumerable<int> Source()
        {
            for (int i = 0; i < 400; i++)
            {
                most = Math.Max(most, Interlocked.Increment(ref taken) - Volatile.Read(ref consumed));
                yield return i;
            }
        }

        OrderedParallel.Run(Source(), i =>
        {
            Thread.SpinWait((i * 7919 % 13) * 200);
            return i;
        }, _ =>
        {
            Thread.SpinWait(2000);
            Interlocked.Increment(ref consumed);
        }, threads, CancellationToken.None);
        consumed.Should().Be(400);
        most.Should().BeLessThanOrEqualTo(Math.Max(1, threads * 4));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_run_cancelled_before_it_starts_works_and_consumes_nothing(int threads)
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        int worked = 0, consumed = 0;
        var act = () => OrderedParallel.Run(Enumerable.Range(0, 100), i => Interlocked.Increment(ref worked), _ => consumed++, threads, cancel.Token);
        act.Should().Throw<OperationCanceledException>();
        worked.Should().Be(0);
        consumed.Should().Be(0);
    }

    [Fact]
    public void Cancellation_stops_a_run_on_one_thread()
    {
        using var cancel = new CancellationTokenSource();
        int consumed = 0;
        var act = () => OrderedParallel.Run(Enumerable.Range(0, 100_000), i => i, _ =>
        {
            if (++consumed == 10)
            {
                cancel.Cancel();
            }
        }, 1, cancel.Token);
        act.Should().Throw<OperationCanceledException>();
        consumed.Should().Be(10);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        int consumed = 0;
        var act = () => OrderedParallel.Run(Enumerable.Range(0, 100_000), i => i, _ =>
        {
            if (++consumed == 10)
            {
                cancel.Cancel();
            }
        }, 2, cancel.Token);
        act.Should().Throw<OperationCanceledException>();
        consumed.Should().BeLessThan(100_000);
    }

    [Fact]
    public void Shards_are_stable_and_partition()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => "doc-" + i).ToList();
        var shards = Enumerable.Range(0, 4).Select(k => new Shard(k, 4)).ToList();
        ids.Should().OnlyContain(id => shards.Count(s => s.Contains(id)) == 1);
        shards.Should().OnlyContain(s => ids.Count(s.Contains) > 150);
        Shard.Parse("2/4").Should().Be(new Shard(2, 4));
        var bad = () => Shard.Parse("4/4");
        bad.Should().Throw<FormatException>();
    }
}
