namespace AlignCorpus.Core.Evaluation;

/// <summary>
/// Finds the runs i..j of consecutive gold pairs whose joined texts (pairs' sides joined by a
/// space) equal a given pair, without spelling any run out: memory is linear in the gold, and a
/// lookup costs about the pair's length. The gold's two sides are seen as two long texts (every
/// pair's side followed by a space) with polynomial hashes at each pair's start and end; a run
/// i..j equals a pair when it starts at a pair whose side is a prefix of the pair's side ending
/// at a space or at the end (found by hash in a map of the pairs' sides), ends where the
/// pair's length says, has the same hashes on both sides, and, compared character by
/// character, the same texts.
/// </summary>
internal sealed class GoldRuns
{
    private const ulong Modulus = (1UL << 61) - 1;
    private const ulong Base = 1_000_003;

    private readonly IReadOnlyList<(string Hindi, string English)> _gold;
    private readonly Side _hindi;
    private readonly Side _english;

    /// <summary>Gold pairs by the (length, hash) of their Hindi side: first pair, and the next pair of the same key.</summary>
    private readonly Dictionary<(int Length, ulong Hash), int> _first = [];
    private readonly int[] _next;
    private readonly int _longest;

    public GoldRuns(IReadOnlyList<(string Hindi, string English)> gold)
    {
        _gold = gold;
        _hindi = new Side(gold, english: false);
        _english = new Side(gold, english: true);
        _next = new int[gold.Count];
        for (int i = gold.Count - 1; i >= 0; i--)
        {
            var key = (gold[i].Hindi.Length, _hindi.PieceHash(i));
            _next[i] = _first.TryGetValue(key, out int head) ? head : -1;
            _first[key] = i;
            _longest = Math.Max(_longest, gold[i].Hindi.Length);
        }
    }

    /// <summary>
    /// The runs i..j whose joined texts equal (<paramref name="hindi"/>, <paramref name="english"/>),
    /// in the order of i (each i starts at most one: a longer run has a longer text), at most
    /// <paramref name="limit"/> of them.
    /// </summary>
    public List<(int First, int Last)> Find(string hindi, string english, int limit)
    {
        var found = new List<(int, int)>();
        if (limit <= 0 || _gold.Count == 0)
        {
            return found;
        }

        // Where a run's first pair could end inside the Hindi text: at a space or at the end.
        var starts = new List<int>();
        ulong h = 0;
        for (int k = 0; k <= hindi.Length; k++)
        {
            if (k <= _longest && (k == hindi.Length || hindi[k] == ' '))
            {
                for (int i = _first.GetValueOrDefault((k, h), -1); i >= 0; i = _next[i])
                {
                    starts.Add(i);
                }
            }

            if (k < hindi.Length)
            {
                h = Step(h, hindi[k]);
            }
        }

        if (starts.Count == 0)
        {
            return found;
        }

        starts.Sort();
        ulong hindiHash = h, englishHash = Hash(english);
        ulong hindiShift = Power(hindi.Length), englishShift = Power(english.Length);
        foreach (int i in starts)
        {
            int j = _hindi.EndingAt(_hindi.Start(i) + hindi.Length);
            if (j < i || _english.End(j) - _english.Start(i) != english.Length
                || _hindi.RunHash(i, j, hindiShift) != hindiHash || _english.RunHash(i, j, englishShift) != englishHash
                || !Equal(hindi, i, j, english: false) || !Equal(english, i, j, english: true))
            {
                continue;
            }

            found.Add((i, j));
            if (found.Count == limit)
            {
                break;
            }
        }

        return found;
    }

    private bool Equal(string text, int i, int j, bool english)
    {
        int at = 0;
        for (int g = i; g <= j; g++)
        {
            string piece = english ? _gold[g].English : _gold[g].Hindi;
            if (g > i)
            {
                if (text[at] != ' ')
                {
                    return false;
                }

                at++;
            }

            if (!text.AsSpan(at, piece.Length).SequenceEqual(piece))
            {
                return false;
            }

            at += piece.Length;
        }

        return at == text.Length;
    }

    private static ulong Step(ulong h, char c) => Add(Multiply(h, Base), c);

    private static ulong Hash(string s)
    {
        ulong h = 0;
        foreach (char c in s)
        {
            h = Step(h, c);
        }

        return h;
    }

    private static ulong Add(ulong a, ulong b)
    {
        ulong s = a + b;
        return s >= Modulus ? s - Modulus : s;
    }

    private static ulong Subtract(ulong a, ulong b) => a >= b ? a - b : a + Modulus - b;

    private static ulong Multiply(ulong a, ulong b)
    {
        UInt128 p = (UInt128)a * b;
        ulong r = (ulong)(p & Modulus) + (ulong)(p >> 61);
        r = (r & Modulus) + (r >> 61);
        return r >= Modulus ? r - Modulus : r;
    }

    private static ulong Power(long e)
    {
        ulong result = 1, b = Base;
        for (; e > 0; e >>= 1)
        {
            if ((e & 1) != 0)
            {
                result = Multiply(result, b);
            }

            b = Multiply(b, b);
        }

        return result;
    }

    /// <summary>One side of the gold as one text: each pair's start and end offset, and the text's hash up to each.</summary>
    private sealed class Side
    {
        private readonly long[] _start;
        private readonly long[] _end;
        private readonly ulong[] _hashAtStart;
        private readonly ulong[] _hashAtEnd;

        public Side(IReadOnlyList<(string Hindi, string English)> gold, bool english)
        {
            int n = gold.Count;
            _start = new long[n];
            _end = new long[n];
            _hashAtStart = new ulong[n];
            _hashAtEnd = new ulong[n];
            long at = 0;
            ulong h = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0)
                {
                    h = Step(h, ' ');
                    at++;
                }

                string piece = english ? gold[i].English : gold[i].Hindi;
                _start[i] = at;
                _hashAtStart[i] = h;
                foreach (char c in piece)
                {
                    h = Step(h, c);
                }

                at += piece.Length;
                _end[i] = at;
                _hashAtEnd[i] = h;
            }
        }

        public long Start(int i) => _start[i];

        public long End(int j) => _end[j];

        /// <summary>The pair whose side ends at <paramref name="offset"/>, or -1.</summary>
        public int EndingAt(long offset)
        {
            int k = Array.BinarySearch(_end, offset);
            return k >= 0 ? k : -1;
        }

        /// <summary>The hash of pair i's side alone.</summary>
        public ulong PieceHash(int i) => RunHash(i, i, Power(_end[i] - _start[i]));

        /// <summary>The hash of the text of pairs i..j; <paramref name="shift"/> is Base to the power of its length.</summary>
        public ulong RunHash(int i, int j, ulong shift) => Subtract(_hashAtEnd[j], Multiply(_hashAtStart[i], shift));
    }
}
