namespace AlignCorpus.Core.Loading;

/// <summary>How the two files of a pair stand, judged by comparing their scripts.</summary>
public enum PairOrder
{
    /// <summary>The file given as Hindi is the Hindi one and the file given as English the English one.</summary>
    AsGiven,

    /// <summary>The file given as Hindi is the English one and the file given as English the Hindi one.</summary>
    Swapped,

    /// <summary>The scripts do not tell the two files apart (two English files, two Hindi files, two mixed pages).</summary>
    Undecided,
}

/// <summary>
/// Decides which file of a pair is Hindi by comparing the two files' scripts, not by a fixed
/// threshold per file: real pages mix scripts. A Hindi press release can have fewer than half of
/// its letters in Devanagari (English passages, Latin words inside Hindi sentences) and an English
/// page can quote the Hindi original at length; each is still the Hindi or English side of its
/// pair, because its partner leans clearly the other way.
/// </summary>
/// <remarks>
/// The pair is as given when
/// <list type="bullet">
/// <item>the Hindi file has at least <see cref="MinOwnShare"/> (15 %) of its letters in Devanagari
/// and the English file at least 15 % in Latin: a page with less of its own script is a page of the
/// other language with a few words or names quoted, and two English (or two Hindi) files are refused
/// whatever their small differences;</item>
/// <item>the Hindi file's Devanagari share is at least <see cref="Margin"/> (15 points) above the
/// English file's, and the English file's Latin share at least 15 points above the Hindi file's:
/// two pages of one language differ by a few points (more or fewer names, acronyms, addresses),
/// while a page and its translation differ by far more even when one of them is mixed (a 40 %
/// Devanagari Hindi page against a 2 % English one: 38 points; a 95 % Hindi page against an
/// English page quoting it at 65 %: 30 points).</item>
/// </list>
/// The pair is swapped when the same holds with the files exchanged, and undecided otherwise.
/// </remarks>
public static class ScriptComparison
{
    /// <summary>Smallest share of its own script a side must have: Devanagari for Hindi, Latin for English.</summary>
    public const double MinOwnShare = 0.15;

    /// <summary>How much higher (absolute difference in share) each side's own script must be than in the other file.</summary>
    public const double Margin = 0.15;

    /// <summary>Whether the two files are the Hindi and English sides as given, swapped, or cannot be told apart.</summary>
    public static PairOrder Decide(ScriptProfile hindi, ScriptProfile english) =>
        Fits(hindi, english) ? PairOrder.AsGiven :
        Fits(english, hindi) ? PairOrder.Swapped : PairOrder.Undecided;

    /// <summary>Whether a file has enough Devanagari to be the Hindi side of some pair.</summary>
    public static bool CanBeHindi(ScriptProfile profile) => profile.DevanagariShare >= MinOwnShare;

    /// <summary>Whether a file has enough Latin to be the English side of some pair.</summary>
    public static bool CanBeEnglish(ScriptProfile profile) => profile.LatinShare >= MinOwnShare;

    /// <summary>"40 % Devanagari and 58 % Latin letters": a file's shares, for messages.</summary>
    public static string Describe(ScriptProfile profile) =>
        $"{profile.DevanagariShare:P0} Devanagari and {profile.LatinShare:P0} Latin letters";

    private static bool Fits(ScriptProfile hindi, ScriptProfile english) =>
        CanBeHindi(hindi) && CanBeEnglish(english)
        && hindi.DevanagariShare - english.DevanagariShare >= Margin
        && english.LatinShare - hindi.LatinShare >= Margin;
}
