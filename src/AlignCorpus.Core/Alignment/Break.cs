namespace AlignCorpus.Core.Alignment;

/// <summary>What lies between two sentences of a page (or before the first and after the last).</summary>
public enum Break : byte
{
    /// <summary>Nothing: the two sentences are in one paragraph.</summary>
    None,

    /// <summary>A paragraph break (and the start and the end of the article).</summary>
    Paragraph,

    /// <summary>
    /// A line break that cuts a sentence, a cell or a title in two (the page's or its scraper's):
    /// neither evidence for nor against a bead ending there.
    /// </summary>
    Cut,
}

/// <summary>How the breaks of the two pages at one end of a bead relate (see <see cref="CostModel.Classify"/>).</summary>
public enum BreakAgreement
{
    /// <summary>No evidence: neither page breaks, or one only cuts a line.</summary>
    None,

    /// <summary>Both pages have a paragraph break.</summary>
    Agree,

    /// <summary>One page breaks, the other runs on.</summary>
    Mismatch,
}
