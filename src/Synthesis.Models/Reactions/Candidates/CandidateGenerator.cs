using Synthesis.Chemistry.Distances;
using Synthesis.Chemistry.Formulas;
using Synthesis.Models.Profiling;

namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// Gathers the candidate products of one reaction and computes their features (<see cref="CandidateFeatures"/>):
/// the products of the most similar stored reactions, known products of neighbouring systems with one element swapped
/// (<see cref="SubstitutedAnalogues"/>), known products doped with one of the query's elements (<see cref="DopedHosts"/>),
/// the model's fractions rounded to simple formulas, and
/// charge-balanced oxides near the model's cation ratios — all within the alchemy mask (the precursors' elements and
/// oxygen) and with an element set the classifiers find likely enough (<see cref="CandidateOptions.ElementSetOdds"/>).
/// </summary>
/// <remarks>
/// Leak rules: a reaction never sees itself or any reaction of its own paper. <see cref="Generate"/> takes the query's
/// id and DOI and leaves out every stored record with either, from the similar reactions and from the support counts;
/// a query from a caller (not a stored reaction) passes neither. Precursor amounts are never read.
/// </remarks>
public sealed class CandidateGenerator(Literature literature, CandidateOptions options)
{
    public Literature Literature => literature;
    public CandidateOptions Options => options;

    public CandidateSet Generate(IReadOnlyList<Composition> precursors, ModelView model, string? excludedId = null, string? excludedDoi = null)
    {
        var doi = excludedDoi?.ToLowerInvariant();
        var excluded = literature.Excluding(excludedId, excludedDoi);
        var allowed = precursors.SelectMany(p => p.Elements).Append("O").ToHashSet();
        var modelElements = model.Fractions.Elements.ToHashSet();
        var floor = ElementSetLogLikelihood(model.Fractions, model, allowed) - Math.Log(options.ElementSetOdds) - 1e-9;
        bool Admissible(Composition product) =>
            product.Elements.All(allowed.Contains) && (modelElements.SetEquals(product.Elements) || ElementSetLogLikelihood(product, model, allowed) >= floor);
        // Whether a record's product is admissible depends on its elements alone: decided once per known product.
        var admissibleProducts = new Dictionary<int, bool>();
        bool AdmissibleRecord(int record)
        {
            var product = literature.ProductOf(record);
            if (!admissibleProducts.TryGetValue(product, out var admissible))
                admissibleProducts[product] = admissible = Admissible(literature[record].Product);
            return admissible;
        }
        var keys = Literature.Keys(precursors);

        IReadOnlyList<(int Record, double Jaccard)> similar;
        IReadOnlyList<int> sameCations;
        using (StageProfile.Stage("candidates.similar_precursors"))
        {
            similar = options.FromLiterature ? literature.MostSimilar(keys, excluded, options.SimilarReactions) : [];
            sameCations = options.FromLiterature ? literature.SameCationSet(precursors, excluded, options.SameCationSetReactions) : [];
        }
        var candidates = new Dictionary<string, Candidate>();

        // Literature: every product of the similar and same-cation reactions, most similar first.
        var reports = similar.Concat(sameCations.Select(r => (Record: r, Jaccard: literature.Jaccard(keys, r))))
            .DistinctBy(r => r.Record)
            .Where(r => AdmissibleRecord(r.Record))
            .GroupBy(r => literature.ProductOf(r.Record))
            .OrderByDescending(g => g.Max(r => r.Jaccard)).ThenByDescending(g => g.Count())
            .Take(options.LiteratureProducts);
        foreach (var group in reports)
        {
            var known = literature.Product(group.Key);
            var candidate = Add(known.AsWritten, CandidateSources.Literature);
            candidate.Supporting.AddRange(group.OrderByDescending(r => r.Jaccard));
        }
        using (StageProfile.Stage("candidates.known_phases"))
            if (options.FromLiterature && options.FromKnownPhases) AddKnownPhases();
        using (StageProfile.Stage("candidates.analogues"))
            if (options.FromLiterature && options.FromAnalogues)
                foreach (var analogue in SubstitutedAnalogues.Near(literature, model.Fractions, doi, options.Analogues))
                {
                    var candidate = Add(analogue.Product, CandidateSources.Analogue, analogue.Key);
                    candidate.Swaps.AddRange(analogue.Swaps);
                    candidate.AnalogueLikeness = Math.Max(candidate.AnalogueLikeness, analogue.Likeness);
                }
        using (StageProfile.Stage("candidates.doped_hosts"))
            if (options.FromLiterature && options.FromDopedHosts)
                foreach (var doped in DopedHosts.Near(literature, model.Normalised, BestJaccardOfProducts(), doi, options.DopedHosts))
                {
                    // Each doped compound comes out once (DopedHosts keeps distinct keys).
                    var candidate = Add(doped.Product, CandidateSources.Doped, doped.Key);
                    candidate.DopedHost = doped.Host;
                    candidate.DopantShare = candidate.Fractions[doped.Dopant];
                }
        using (StageProfile.Stage("candidates.model_roundings"))
            if (options.FromModel)
                foreach (var rounding in ModelRoundings.Near(model.Fractions, options.ModelRoundings)) Add(rounding, CandidateSources.Model);
        using (StageProfile.Stage("candidates.charge_balance"))
            if (options.FromChargeBalance)
                foreach (var oxide in ChargeBalancedRatios.Near(precursors, model.Fractions, options.ChargeBalancedRatios)) Add(oxide, CandidateSources.ChargeBalanced);

        var list = candidates.Values.ToList();
        var tier = new LiteratureTier(literature, similar);
        var context = new FeatureContext(similar, tier, sameCations, doi, keys, excluded, literature) { RenamedQuery = new RenamedRecipe(precursors) };
        using var features = StageProfile.Stage("candidates.features");
        foreach (var candidate in list)
            candidate.Features = Features(candidate, model, allowed, context);
        var reaction = new[]
        {
            1.0, tier.Jaccard, Math.Log(1 + sameCations.Count), model.Uncertainty, Math.Log(1 + list.Count),
            list.Count == 0 ? 0 : list.Max(c => c.Features[2]),
        };
        return new CandidateSet(list, reaction) { Tier = options.FromLiterature ? tier : null };

        // The best Jaccard of a similar reaction recording each known product, admissible or not (a doped host's recipe).
        Dictionary<int, double> BestJaccardOfProducts()
        {
            var best = new Dictionary<int, double>();
            foreach (var (record, jaccard) in similar)
                best[literature.ProductOf(record)] = Math.Max(best.GetValueOrDefault(literature.ProductOf(record)), jaccard);
            return best;
        }

        // Known phases of the model's chemical system that some other paper reports, whatever their precursors.
        void AddKnownPhases()
        {
            var phases = literature.ProductsWithElements(model.Fractions.Elements).Where(p => literature.Support(p, doi) > 0).ToArray();
            var nearest = phases.OrderBy(p => CompositionDistance.L1(literature.Product(p).AsWritten, model.Fractions)).Take(options.KnownPhases);
            foreach (var phase in nearest.Concat(phases.Take(options.KnownPhases)).Distinct())
            {
                var candidate = Add(literature.Product(phase).AsWritten, CandidateSources.Literature);
                if (candidate.Supporting.Count == 0)
                    candidate.Supporting.AddRange(literature.RecordsOf(phase).Where(r => !excluded(r)).Take(CandidateRanker.MaxExamples)
                        .Select(r => (Record: r, Jaccard: literature.Jaccard(keys, r))).OrderByDescending(r => r.Jaccard));
            }
        }

        Candidate Add(Composition product, string source, string? productKey = null)
        {
            var key = productKey ?? CompositionKeys.Product(product);
            if (!candidates.TryGetValue(key, out var candidate))
            {
                var known = literature.FindProduct(key);
                candidate = known >= 0
                    ? new Candidate(product, literature.Product(known).AsWritten, known) { Known = literature.Product(known) }
                    : new Candidate(product, product, known)
                    {
                        WrittenOrder = literature.WrittenOrder(product.Elements) ?? (source is CandidateSources.Analogue or CandidateSources.Doped ? product.Elements.ToArray() : null),
                    };
                candidates[key] = candidate;
            }
            candidate.Sources.Add(source);
            return candidate;
        }
    }

    /// <summary>
    /// What every candidate's features read about the reaction: its similar and same-cation reactions, the products of
    /// the most similar tier, and per known product the summed Jaccard of its similar reactions and its same-cation count
    /// (added up once, in the order of the reactions, instead of once per candidate).
    /// </summary>
    private sealed class FeatureContext(IReadOnlyList<(int Record, double Jaccard)> similar, LiteratureTier tier, IReadOnlyList<int> sameCations,
        string? doi, string[] keys, Func<int, bool> excluded, Literature literature)
    {
        public IReadOnlyList<int> SameCations => sameCations;
        /// <summary>The products of the most similar tier, the lookup's (written once per reaction).</summary>
        public int[] Tier { get; } = tier.Records.Select(literature.ProductOf).ToArray();
        public double SimilarJaccard { get; } = similar.Sum(s => s.Jaccard);
        public string? Doi => doi;
        public string[] Keys => keys;
        /// <summary>The query's precursor keys renamed, per pair of elements an analogue swaps.</summary>
        public required RenamedRecipe RenamedQuery { get; init; }
        public Func<int, bool> Excluded => excluded;
        public Dictionary<int, double> SimilarJaccardOf { get; } = Tally(similar.Select(s => (literature.ProductOf(s.Record), s.Jaccard)));
        public Dictionary<int, double> SameCationCountOf { get; } = Tally(sameCations.Select(r => (literature.ProductOf(r), 1.0)));

        private static Dictionary<int, double> Tally(IEnumerable<(int Product, double Amount)> amounts)
        {
            var totals = new Dictionary<int, double>();
            foreach (var (product, amount) in amounts) totals[product] = totals.GetValueOrDefault(product) + amount;
            return totals;
        }
    }

    private double[] Features(Candidate candidate, ModelView model, HashSet<string> allowed, FeatureContext context)
    {
        var (sameCations, tier, doi, keys, excluded) = (context.SameCations, context.Tier, context.Doi, context.Keys, context.Excluded);
        var product = candidate.KnownProduct;
        var reporting = candidate.Supporting;
        var bestJaccard = reporting.Count > 0 ? reporting.Max(r => r.Jaccard) : 0;
        var jaccardShare = context.SimilarJaccard > 0 ? context.SimilarJaccardOf.GetValueOrDefault(product) / context.SimilarJaccard : 0;
        var tierShare = tier.Length > 0 ? tier.Count(p => p == product) / (double)tier.Length : 0;
        var sameCationCount = (int)context.SameCationCountOf.GetValueOrDefault(product);
        var support = candidate.Recorded = product >= 0 && options.FromLiterature ? literature.Support(product, doi) : 0;
        var f = new double[CandidateFeatures.Candidate.Length];
        f[0] = bestJaccard;
        f[1] = jaccardShare;
        f[2] = tierShare;
        f[3] = sameCations.Count > 0 ? sameCationCount / (double)sameCations.Count : 0;
        f[4] = Math.Log(1 + sameCationCount);
        f[5] = Math.Log(1 + support);
        f[6] = bestJaccard * tierShare;
        if (options.ScoreWithModel)
        {
            f[7] = CompositionDistance.L1(candidate.Fractions, model.Fractions);
            f[8] = CompositionDistance.ElementMovers(candidate.Fractions, model.Fractions);
            var mean = model.Normalised;
            f[9] = MeanZ(candidate.Fractions, mean, model.FractionStd);
            f[10] = ElementSetLogLikelihood(candidate.Fractions, model, allowed);
            f[11] = SameElements(candidate.Fractions, mean) ? 1 : 0;
        }
        f[12] = candidate.Sources.Contains(CandidateSources.Literature) ? 1 : 0;
        f[13] = candidate.Sources.Contains(CandidateSources.Model) ? 1 : 0;
        f[14] = candidate.Sources.Contains(CandidateSources.ChargeBalanced) ? 1 : 0;
        f[15] = Math.Log(SmallestWholeFormulaAtoms(candidate.Fractions));
        f[16] = candidate.Fractions.Count;
        f[17] = candidate.Sources.Contains(CandidateSources.Analogue) ? 1 : 0;
        f[18] = Math.Log(1 + candidate.Swaps.Count);
        f[19] = candidate.AnalogueLikeness;
        f[20] = options.FromLiterature ? Math.Log(1 + literature.PrototypeSupport(Prototype(candidate), doi)) : 0;
        f[21] = candidate.Swaps.Count > 0 ? SubstitutedAnalogues.RecipeLikeness(literature, keys, candidate.Swaps, excluded, context.RenamedQuery) : 0;
        f[22] = candidate.Swaps.Count > 0 ? Math.Log(1 + candidate.Swaps.Max(s => literature.Support(s.Product, doi))) : 0;
        f[23] = candidate.Sources.Contains(CandidateSources.Doped) ? 1 : 0;
        f[24] = candidate.DopedHost >= 0 ? Math.Log(1 + literature.Support(candidate.DopedHost, doi)) : 0;
        f[25] = candidate.DopantShare;
        return f;
    }

    /// <summary>
    /// A candidate's prototype key: a known product's own, an analogue's source's (a swap changes no fraction), else
    /// written from its fractions. Products that share a key share their fractions to three decimals, and so a prototype.
    /// </summary>
    private string Prototype(Candidate candidate) =>
        candidate.KnownProduct >= 0 ? literature.Product(candidate.KnownProduct).Prototype
        : candidate.Swaps.Count > 0 ? literature.Product(candidate.Swaps[0].Product).Prototype
        : CompositionKeys.Prototype(candidate.Fractions);

    /// <summary>Mean |candidate − mean| / (std + 0.02) over the elements of either, the candidate's first (summed in that order).</summary>
    private static double MeanZ(Composition candidate, Composition mean, IReadOnlyDictionary<string, double> std)
    {
        var (sum, count) = (0.0, 0);
        foreach (var (element, share) in candidate)
        {
            sum += Math.Abs(share - mean[element]) / (std.GetValueOrDefault(element) + 0.02);
            count++;
        }
        foreach (var (element, share) in mean)
            if (!candidate.Contains(element))
            {
                sum += Math.Abs(0 - share) / (std.GetValueOrDefault(element) + 0.02);
                count++;
            }
        return sum / count;
    }

    private static bool SameElements(Composition a, Composition b)
    {
        if (a.Count != b.Count) return false;
        foreach (var (element, _) in a)
            if (!b.Contains(element)) return false;
        return true;
    }

    /// <summary>Σ log p(present) or log(1 − p) over the allowed elements, p clipped to [1e-4, 1 − 1e-4].</summary>
    private static double ElementSetLogLikelihood(Composition product, ModelView model, HashSet<string> allowed) =>
        allowed.Sum(e =>
        {
            var p = Math.Clamp(model.Probability.GetValueOrDefault(e), 1e-4, 1 - 1e-4);
            return Math.Log(product.Contains(e) ? p : 1 - p);
        });

    /// <summary>Atoms in the smallest whole-number formula with these fractions (multipliers up to 12 of the rarest element), else 50.</summary>
    private static double SmallestWholeFormulaAtoms(Composition fractions)
    {
        var smallest = fractions.Min(e => e.Value);
        for (var k = 1; k <= 12; k++)
        {
            var (whole, atoms) = (true, 0.0);
            foreach (var (_, share) in fractions)
            {
                var scaled = share * k / smallest;
                whole &= Math.Abs(scaled - Math.Round(scaled)) < 0.01;
                atoms += Math.Round(scaled);
            }
            if (whole) return atoms;
        }
        return 50;
    }
}
