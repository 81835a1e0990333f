using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Reactions.Candidates;

static class Analogs
{
    public static Dictionary<string, List<int>> Index(Literature lit)
    {
        var index = new Dictionary<string, List<int>>();
        var seen = new HashSet<int>();
        for (var r = 0; r < lit.Count; r++)
        {
            var p = lit.ProductOf(r);
            if (!seen.Add(p)) continue;
            var els = lit.Product(p).AsWritten.Elements.ToArray();
            foreach (var e in els)
            {
                var key = string.Join(",", els.Where(x => x != e).OrderBy(x => x, StringComparer.Ordinal)) + "|*";
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                list.Add(p);
            }
        }
        return index;
    }

    public static List<Composition> Of(Literature lit, Dictionary<string, List<int>> index, IReadOnlyCollection<string> elements)
    {
        var result = new List<Composition>();
        foreach (var e in elements)
        {
            var rest = elements.Where(x => x != e).OrderBy(x => x, StringComparer.Ordinal).ToArray();
            if (!index.TryGetValue(string.Join(",", rest) + "|*", out var list)) continue;
            foreach (var p in list)
            {
                var comp = lit.Product(p).AsWritten;
                var w = comp.Elements.First(x => !rest.Contains(x));
                if (w == e) continue;
                result.Add(Composition.From(comp.Select(kv => KeyValuePair.Create(kv.Key == w ? e : kv.Key, kv.Value))));
            }
        }
        return result;
    }
}
