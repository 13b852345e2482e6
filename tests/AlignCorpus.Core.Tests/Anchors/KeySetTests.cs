using AlignCorpus.Core.Anchors;

namespace AlignCorpus.Core.Tests.Anchors;

/// <summary>
/// The set of anchor keys a unit already has (issue 15): it must answer as a set of strings does,
/// unit after unit (emptied by a new round), through its growth, and after a long unit, added to
/// by string and looked up by span.
/// </summary>
public sealed class KeySetTests
{
    [Fact]
    public void Answers_as_a_set_of_strings_does_unit_after_unit()
    {
        var set = new KeySet();
        var reference = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(15);
        for (int unit = 0; unit < 3000; unit++)
        {
            set.Clear();
            reference.Clear();

            // Mostly short units, now and then a long one (the set grows, then starts small again).
            int keys = unit % 500 == 499 ? 20_000 : random.Next(0, 60);
            for (int k = 0; k < keys; k++)
            {
                // Equal keys made apart (not the same string object), as number keys are.
                string key = (random.Next(3) switch { 0 => "#", 1 => "d:", _ => string.Empty }) + random.Next(keys / 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                set.Add(key).Should().Be(reference.Add(key));

                // Looked up by a piece of a longer text, as a word in lower case is.
                string probe = "<d:" + random.Next(keys / 2 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ">";
                set.Contains(probe.AsSpan(1, probe.Length - 2)).Should().Be(reference.Contains(probe[1..^1]));
            }

            set.Count.Should().Be(reference.Count);
        }
    }
}
