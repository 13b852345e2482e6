using AlignCorpus.Core.Analysis;

namespace AlignCorpus.Core.Tests.Analysis;

public sealed class PhoneticKeyTests
{
    // Names from the seed pair, each written in both scripts: their skeletons must be equal.
    [Theory]
    [InlineData("पेसकोव", "Peskov", "PSKV")]
    [InlineData("पुतिन", "Putin", "PTN")]
    [InlineData("बेलारूस", "Belarus", "BLRS")]
    [InlineData("पेत्रुशेव", "Patrushev", "PTRSV")]
    [InlineData("सुलिवन", "Sullivan", "SLVN")]
    [InlineData("कोमर्सेंट", "Kommersant", "KMRSNT")]
    [InlineData("जिनेवा", "Geneva", "JNV")]
    [InlineData("वाशिंगटन", "Washington", "VSNGTN")]
    [InlineData("मास्को", "Moscow", "MSK")]
    [InlineData("क्रेमलिन", "Kremlin", "KRMLN")]
    [InlineData("बिडेन", "Biden", "BDN")]
    [InlineData("दिमित्री", "Dmitry", "DMTR")]
    [InlineData("पोलैंड", "Poland", "PLND")]
    [InlineData("हंबनटोटा", "Hambantota", "HNBNT")]
    [InlineData("फोन", "phone", "FN")]
    public void A_name_has_one_skeleton_in_both_scripts(string hindi, string english, string key)
    {
        PhoneticKey.FromDevanagari(hindi).Should().Be(key);
        PhoneticKey.FromLatin(english).Should().Be(key);
    }

    [Theory]
    [InlineData("\u095C", "R")]
    [InlineData("ड\u093C", "R")]
    [InlineData("ज़ेलेंस्की", "JLNSK")]
    [InlineData("फ़्रांस", "FRNS")]
    public void Nukta_letters(string hindi, string key) => PhoneticKey.FromDevanagari(hindi).Should().Be(key);

    [Theory]
    [InlineData("Peskov", "Putin")]
    [InlineData("Sullivan", "Washington")]
    public void Different_names_differ(string a, string b) => PhoneticKey.FromLatin(a).Should().NotBe(PhoneticKey.FromLatin(b));
}
