using Synthesis.Chemistry.Elements;

namespace Synthesis.Models.Reactions.Encoding;

/// <summary>The elements the model can name, in atomic-number order; fixed when a model is trained.</summary>
public sealed class ElementVocabulary
{
    private readonly Dictionary<string, int> _index;

    public ElementVocabulary(IEnumerable<string> elements)
    {
        Elements = elements.Distinct().OrderBy(PeriodicTable.AtomicNumber).ToArray();
        _index = Elements.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i);
    }

    public IReadOnlyList<string> Elements { get; }
    public int Count => Elements.Count;

    public static ElementVocabulary Of(IEnumerable<ReactionExample> examples) =>
        new(examples.SelectMany(e => e.Precursors.SelectMany(p => p.Elements).Concat(e.Product?.Elements ?? []).Append("O")));

    public bool Contains(string element) => _index.ContainsKey(element);

    public int IndexOf(string element) =>
        _index.TryGetValue(element, out var i) ? i : throw new ArgumentException($"element '{element}' is outside the model's vocabulary");
}
