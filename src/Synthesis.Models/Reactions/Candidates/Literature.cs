using Synthesis.Chemistry.Charges;
using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Curation.Rules;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// The stored reactions the candidate step may draw on, indexed by precursor formula and by cation set, with the
/// distinct recorded products and how often each is recorded (in all, and per paper, so that a reaction's own paper
/// can be left out of its support). Read-only once built; safe to share between threads (a known product writes its
/// formula and key shares on first use: two threads may both write one, and keep the same text).
/// </summary>
public sealed class Literature
{
    /// <summary>Posting entries visited per query at most: the common precursors (Li2CO3, O2) cannot make a lookup unbounded.</summary>
    public const int MaxPostingsVisited = 200_000;

    private readonly LiteratureRecord[] _records;
    private readonly string[][] _precursorKeys;
    private readonly string[][] _precursorKeysInOrder;
    private readonly int[] _productOf;
    private readonly string[] _doiOf;
    private readonly Dictionary<string, int[]> _byPrecursor;
    private readonly Dictionary<string, int[]> _byCationSet;
    private readonly Dictionary<string, int> _productIndex;
    private readonly List<KnownProduct> _products = [];
    private readonly Dictionary<(int Product, string Doi), int> _perPaper = [];
    private readonly Dictionary<string, int[]> _byElementSet;
    private readonly Dictionary<string, IReadOnlyList<string>> _writtenOrder;
    private readonly Dictionary<string, (int Product, string Other)[]> _byElementSetLessOne;
    private readonly Dictionary<string, int> _prototypeRecords = [];
    private readonly Dictionary<(string Prototype, string Doi), int> _prototypePerPaper = [];
    private readonly Dictionary<int, int[]> _recordsOf;
    private readonly HashSet<string> _ids;
    private readonly ThreadLocal<int[]> _sharedCounts, _touched, _byCount;

    /// <param name="records">
    /// the stored reactions; those whose product is no compound as written are left out, as no chemist would be offered
    /// them: an oxide with its oxygen content read as 1 ("YBa2Cu3Ox" stored as YBa2Cu3O:
    /// <see cref="TargetNotCompound.OxygenReadAsOne"/>), and an oxide or halide whose charges cannot balance ("La58Ca38MnO3",
    /// "Ca3SiO4": <see cref="ChargeBalance"/>)
    /// </param>
    public Literature(IEnumerable<LiteratureRecord> records)
    {
        _records = records.Where(r => IsCompound(r.Product)).ToArray();
        _ids = _records.Select(r => r.Id).ToHashSet();
        _precursorKeysInOrder = _records.Select(r => r.Precursors.Select(CompositionKeys.Precursor).ToArray()).ToArray();
        _precursorKeys = _precursorKeysInOrder.Select(keys => keys.Distinct().ToArray()).ToArray();
        _doiOf = _records.Select(r => r.Doi.ToLowerInvariant()).ToArray();
        _productIndex = [];
        _productOf = new int[_records.Length];
        for (var i = 0; i < _records.Length; i++)
        {
            var key = CompositionKeys.Product(_records[i].Product);
            if (!_productIndex.TryGetValue(key, out var product))
            {
                product = _products.Count;
                _productIndex[key] = product;
                _products.Add(new KnownProduct(key, _records[i].Product));
            }
            _productOf[i] = product;
            _products[product].Records++;
            _perPaper[(product, _doiOf[i])] = _perPaper.GetValueOrDefault((product, _doiOf[i])) + 1;
            // Records that share a product key share their fractions to three decimals, and so a prototype.
            var prototype = _products[product].Prototype;
            _prototypeRecords[prototype] = _prototypeRecords.GetValueOrDefault(prototype) + 1;
            _prototypePerPaper[(prototype, _doiOf[i])] = _prototypePerPaper.GetValueOrDefault((prototype, _doiOf[i])) + 1;
        }
        _byElementSet = _products.Select((p, i) => (Key: ElementSetKey(p.AsWritten.Elements), Product: i))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Product).OrderByDescending(p => _products[p].Records).ToArray());
        _byElementSetLessOne = _products.Select((p, i) => (Elements: p.AsWritten.Elements.ToArray(), Product: i))
            .SelectMany(p => p.Elements.Select(e => (Key: ElementSetKey(p.Elements.Where(x => x != e)), p.Product, Other: e)))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.DistinctBy(p => p.Product).OrderByDescending(p => _products[p.Product].Records)
                .Select(p => (p.Product, p.Other)).ToArray());
        _writtenOrder = WrittenOrders(_records);
        foreach (var product in _products)
            product.WrittenOrder = _writtenOrder.GetValueOrDefault(ElementSetKey(product.AsWritten.Elements)) ?? product.AsWritten.Elements.ToArray();
        _recordsOf = Enumerable.Range(0, _records.Length).GroupBy(i => _productOf[i]).ToDictionary(g => g.Key, g => g.ToArray());
        _byPrecursor = Postings(i => _precursorKeys[i]);
        _byCationSet = Postings(i => [CompositionKeys.CationSet(_records[i].Precursors)]);
        _sharedCounts = new ThreadLocal<int[]>(() => new int[_records.Length]);
        _touched = new ThreadLocal<int[]>(() => new int[_records.Length]);
        _byCount = new ThreadLocal<int[]>(() => new int[_records.Length]);
    }

    public int Count => _records.Length;
    public LiteratureRecord this[int record] => _records[record];
    public bool Contains(string reactionId) => _ids.Contains(reactionId);
    public int ProductOf(int record) => _productOf[record];
    public KnownProduct Product(int product) => _products[product];
    public string Doi(int record) => _doiOf[record];

    /// <summary>The known product with these fractions (to 3 decimals), or -1.</summary>
    public int FindProduct(Composition product) => FindProduct(CompositionKeys.Product(product));

    /// <summary>The known product with this <see cref="CompositionKeys.Product"/> key, or -1.</summary>
    public int FindProduct(string productKey) => _productIndex.GetValueOrDefault(productKey, -1);

    /// <summary>How many records report the product, leaving out those of one paper (lower-case DOI; null leaves none out).</summary>
    public int Support(int product, string? excludedDoi) =>
        _products[product].Records - (excludedDoi is null ? 0 : _perPaper.GetValueOrDefault((product, excludedDoi)));

    /// <summary>
    /// The <paramref name="take"/> records whose precursor sets are most like the query's (Jaccard over precursor
    /// formulas, above 0), most similar first; ties in record order. Excluded records are skipped.
    /// </summary>
    public IReadOnlyList<(int Record, double Jaccard)> MostSimilar(string[] query, Func<int, bool> excluded, int take)
    {
        // Shared-precursor counts in per-thread arrays as long as the literature (cleared after), the touched records
        // sorted by count (counting sort), and the best `take` kept in a heap whose root is the worst kept. A record
        // sharing c of the query's q precursors has Jaccard c / (q + n − c) ≤ c / q, so once the heap is full and c / q is
        // below its worst, no record with c or fewer shared precursors can enter: most of the records that share one
        // common precursor (Li2CO3, TiO2) are never scored. O(postings + touched), no dictionary, no full sort.
        var (shared, touched, byCount) = (_sharedCounts.Value!, _touched.Value!, _byCount.Value!);
        var (touchedCount, visited, most) = (0, 0, 0);
        foreach (var key in query)
            foreach (var record in _byPrecursor.GetValueOrDefault(key, []))
            {
                if (++visited > MaxPostingsVisited) break;
                if (shared[record]++ == 0) touched[touchedCount++] = record;
                most = Math.Max(most, shared[record]);
            }
        Span<int> start = stackalloc int[most + 2];
        for (var t = 0; t < touchedCount; t++) start[shared[touched[t]]]++;
        for (int c = most, offset = 0; c >= 1; c--) (start[c], offset) = (offset, offset + start[c]); // most shared first
        Span<int> next = stackalloc int[most + 2];
        start.CopyTo(next);
        for (var t = 0; t < touchedCount; t++)
        {
            var record = touched[t];
            byCount[next[shared[record]]++] = record;
        }
        var best = new PriorityQueue<(int Record, double Jaccard), (int Record, double Jaccard)>(Math.Max(0, take) + 1, WorstFirst);
        for (var i = 0; i < touchedCount && take > 0; i++)
        {
            var record = byCount[i];
            var count = shared[record];
            if (best.Count == take && count / (double)query.Length < best.Peek().Jaccard) break;
            if (excluded(record)) continue;
            var entry = (record, count / (double)(query.Length + _precursorKeys[record].Length - count));
            if (best.Count < take) best.Enqueue(entry, entry);
            else if (WorstFirst.Compare(entry, best.Peek()) > 0) best.EnqueueDequeue(entry, entry);
        }
        for (var t = 0; t < touchedCount; t++) shared[touched[t]] = 0;
        var ranked = new (int Record, double Jaccard)[best.Count];
        for (var i = ranked.Length - 1; i >= 0; i--) ranked[i] = best.Dequeue();
        return ranked;
    }

    /// <summary>Orders similar records worst first: lower Jaccard, then (ties) the later record.</summary>
    private static readonly Comparer<(int Record, double Jaccard)> WorstFirst = Comparer<(int Record, double Jaccard)>.Create((a, b) =>
        a.Jaccard != b.Jaccard ? a.Jaccard.CompareTo(b.Jaccard) : b.Record.CompareTo(a.Record));

    /// <summary>
    /// How the literature writes a chemical system: the element order most of the records whose product has exactly these
    /// elements write, anion formers last ("Pb Zr Ti O", "Y Ba Cu O", "Bi Fe O"); null for a system it does not report.
    /// Every candidate of the system is written in it, so that a list of answers reads as a chemist's table of phases
    /// ("PbZr0.52Ti0.48O3", "PbZr0.3Ti0.7O3", not "Zr0.3Ti0.7PbO3" beside it).
    /// </summary>
    public IReadOnlyList<string>? WrittenOrder(IEnumerable<string> elements) => _writtenOrder.GetValueOrDefault(ElementSetKey(elements));

    /// <summary>Per chemical system, the order its records' papers most often write (anions last); on a tie the first written.</summary>
    private static Dictionary<string, IReadOnlyList<string>> WrittenOrders(LiteratureRecord[] records) =>
        records.Select(r => r.WrittenOrder ?? r.Product.Elements.ToArray())
            .Where(Composition.WritesAnionsLast)
            .GroupBy(order => ElementSetKey(order))
            .ToDictionary(system => system.Key, system => system
                .GroupBy(order => string.Join(' ', order))
                .OrderByDescending(written => written.Count())
                .First().First());

    /// <summary>Known products made of exactly these elements (a chemical system's known phases), most often recorded first.</summary>
    public IReadOnlyList<int> ProductsWithElements(IEnumerable<string> elements) => _byElementSet.GetValueOrDefault(ElementSetKey(elements), []);

    /// <summary>
    /// Known products with every one of these elements but one and one element more (the analogues of a chemical
    /// system: SrTiO3 and CaTiO3 for Ba, Ti, O), most often recorded first, at most <paramref name="take"/> for each
    /// element left out; with the element each replaces and the element replacing it.
    /// </summary>
    public IReadOnlyList<(int Product, string Replaced, string By)> Analogues(IReadOnlyCollection<string> elements, int take)
    {
        var found = new List<(int Product, string Replaced, string By)>();
        foreach (var left in elements)
        {
            if (!_byElementSetLessOne.TryGetValue(ElementSetKey(elements.Where(e => e != left)), out var known)) continue;
            for (var k = 0; k < Math.Min(take, known.Length); k++)
                if (known[k].Other != left) found.Add((known[k].Product, left, known[k].Other));
        }
        return found;
    }

    /// <summary>A record's distinct precursor keys (<see cref="CompositionKeys.Precursor"/>), in order.</summary>
    public ReadOnlySpan<string> PrecursorKeys(int record) => _precursorKeys[record];

    /// <summary>
    /// A record's precursor keys with one element swapped (<paramref name="from"/> → <paramref name="to"/>): the recipe
    /// it would be for the swapped system. Only the precursors holding the element are written anew.
    /// </summary>
    public string[] PrecursorKeysSwapped(int record, string from, string to) =>
        CompositionKeys.PrecursorsRenamed(_records[record].Precursors, _precursorKeysInOrder[record], from, to);

    /// <summary>How many records report a product of this prototype (<see cref="CompositionKeys.Prototype"/>), leaving out those of one paper.</summary>
    public int PrototypeSupport(Composition product, string? excludedDoi) => PrototypeSupport(CompositionKeys.Prototype(product), excludedDoi);

    /// <summary>How many records report a product of this prototype key, leaving out those of one paper.</summary>
    public int PrototypeSupport(string prototype, string? excludedDoi) =>
        _prototypeRecords.GetValueOrDefault(prototype) - (excludedDoi is null ? 0 : _prototypePerPaper.GetValueOrDefault((prototype, excludedDoi)));

    /// <summary>The records that report a known product, in record order.</summary>
    public IReadOnlyList<int> RecordsOf(int product) => _recordsOf[product];

    private static string ElementSetKey(IEnumerable<string> elements) => string.Join(' ', elements.Order(StringComparer.Ordinal));

    /// <summary>
    /// The leak rule as a filter: a stored reaction never sees itself (<paramref name="id"/>) or any reaction of its own
    /// paper (<paramref name="doi"/>, any case). A caller's query passes neither and leaves nothing out.
    /// </summary>
    public Func<int, bool> Excluding(string? id, string? doi)
    {
        var paper = doi?.ToLowerInvariant();
        return record => (paper is not null && _doiOf[record] == paper) || (id is not null && _records[record].Id == id);
    }

    /// <summary>The query's precursor keys, as <see cref="MostSimilar"/> and <see cref="Jaccard"/> take them.</summary>
    public static string[] Keys(IEnumerable<Composition> precursors) => precursors.Select(CompositionKeys.Precursor).Distinct().ToArray();

    /// <summary>Jaccard similarity of the query's precursor formulas and a record's.</summary>
    public double Jaccard(string[] query, int record)
    {
        var shared = query.Count(_precursorKeys[record].Contains);
        return shared / (double)(query.Length + _precursorKeys[record].Length - shared);
    }

    /// <summary>Records made from the same cation set as the query (whatever their salts), at most <paramref name="take"/>, excluded ones skipped.</summary>
    public IReadOnlyList<int> SameCationSet(IReadOnlyList<Composition> precursors, Func<int, bool> excluded, int take) =>
        _byCationSet.GetValueOrDefault(CompositionKeys.CationSet(precursors), []).Where(r => !excluded(r)).Take(take).ToArray();

    /// <summary>Whether a recorded product is a compound as written, and so one the literature may offer.</summary>
    public static bool IsCompound(Composition product) =>
        !TargetNotCompound.OxygenReadAsOne(product) && ChargeBalance.Of(product) is not { Balances: false };

    private Dictionary<string, int[]> Postings(Func<int, IEnumerable<string>> keys) =>
        Enumerable.Range(0, _records.Length).SelectMany(i => keys(i).Select(k => (Key: k, Record: i)))
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Select(p => p.Record).ToArray());
}

/// <summary>A distinct recorded product: its key, its composition as first written and its shares, and how many records report it.</summary>
public sealed class KnownProduct(string key, Composition asWritten)
{
    public string Key { get; } = key;
    public Composition AsWritten { get; } = asWritten;
    /// <summary>Its atomic fractions (summing to 1) as a plain array, for loops that run over thousands of products a query.</summary>
    public (string Element, double Share)[] Shares { get; } = asWritten.Normalised().Select(e => (e.Key, e.Value)).ToArray();
    /// <summary>Each share as a product key writes it ("0.200"), in the order of <see cref="Shares"/>: an analogue's key is written without formatting a number.</summary>
    public string[] WrittenShares => _writtenShares ??= Shares.Select(s => CompositionKeys.Share(s.Share)).ToArray();
    private string[]? _writtenShares;
    /// <summary>Its <see cref="CompositionKeys.Prototype"/> (that of every product with its key, and of its analogues).</summary>
    public string Prototype { get; } = CompositionKeys.Prototype(asWritten);
    /// <summary>The order its formula is written in: its system's (<see cref="Literature.WrittenOrder"/>), else as first written.</summary>
    public IReadOnlyList<string> WrittenOrder { get; internal set; } = asWritten.Elements.ToArray();
    /// <summary>Its composition in <see cref="WrittenOrder"/> (<see cref="Composition.InConventionalOrder"/>), written once.</summary>
    public Composition Conventional => _conventional ??= AsWritten.InConventionalOrder(WrittenOrder);
    private Composition? _conventional;
    /// <summary>How it is shown (<see cref="Candidate.Spelled"/> of <see cref="Conventional"/>): written once, read by every answer naming it, as a candidate, a source or a host.</summary>
    public string Formula => _formula ??= Candidate.Spelled(Conventional);
    private string? _formula;
    public int Records { get; internal set; }
}
