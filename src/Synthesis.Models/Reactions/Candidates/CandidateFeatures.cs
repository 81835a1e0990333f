namespace Synthesis.Models.Reactions.Candidates;

/// <summary>
/// The features the scorer reads, by name (stored beside its weights so a scorer cannot be applied to features it
/// was not trained on). Per candidate: literature agreement, the model's agreement, the sources, simplicity. Per
/// reaction (the "none of these" option): how much literature there is and how sure the model is.
/// </summary>
public static class CandidateFeatures
{
    public static readonly string[] Candidate =
    [
        "literature.best_jaccard",          // highest precursor-set Jaccard of a stored reaction reporting the candidate
        "literature.jaccard_share",         // Σ Jaccard of the similar reactions reporting it / Σ Jaccard of all similar reactions
        "literature.top_tier_share",        // share of the most similar precursor sets (the lookup's tier) reporting it
        "literature.same_cations_share",    // share of the reactions with the same cation set reporting it
        "literature.same_cations_log_count",
        "literature.log_support",           // log(1 + stored reactions reporting it anywhere, own paper left out)
        "literature.best_jaccard_x_top_tier_share",
        "model.l1",                         // L1 between the candidate and the model's mean fractions
        "model.element_movers",
        "model.z",                          // mean |candidate − mean| / (std + 0.02) over the elements of either
        "model.element_log_likelihood",     // Σ log p(present) or log(1 − p) over the allowed elements, p clipped to [1e-4, 1 − 1e-4]
        "model.same_elements",              // 1 when the candidate has exactly the elements the model chose
        "source.literature",
        "source.model",
        "source.charge_balanced",
        "formula.log_atoms",                // log of the atoms in its smallest whole-number formula (50 when it has none up to 12×)
        "formula.elements",
        "source.analogue",
        "analogue.log_count",               // log(1 + known products it is an analogue of)
        "analogue.likeness",                // best likeness of the swapped elements (SubstitutedAnalogues.Likeness); 0 when none
        "formula.prototype_log_support",    // log(1 + stored reactions recording a product of its prototype, own paper left out)
        "analogue.recipe_likeness",         // Jaccard of the query's precursors and a source's recipe with the swap undone (SubstitutedAnalogues.RecipeLikeness)
        "analogue.log_source_support",      // log(1 + records of its best-recorded source product, own paper left out)
        "source.doped",
        "doped.log_host_support",           // log(1 + records of the known product it dopes, own paper left out); 0 when none
        "doped.dopant_share",               // the dopant's share of its fractions; 0 when none
    ];

    /// <summary>The features computed from the model; zero when the scorer does not read the model.</summary>
    public static readonly int[] FromModel = [7, 8, 9, 10, 11];

    public static readonly string[] Reaction =
    [
        "bias",
        "literature.best_jaccard",
        "literature.same_cations_log_count",
        "model.uncertainty",
        "candidates.log_count",
        "literature.best_top_tier_share",
    ];
}
