using Synthesis.Chemistry.Formulas;
using Synthesis.Data.Reactions;
using Synthesis.Models.Curation;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Curation;

/// <summary>
/// Curation asks the model about its own records: a record's candidates must never come from, nor be supported by,
/// itself or another reaction of its paper — else the record vouches for itself and its errors go unflagged.
/// </summary>
public sealed class OwnPaperLeakTests
{
    [Fact]
    public void A_record_is_scored_without_its_own_paper_among_its_candidates()
    {
        var own = Stored("own", "10.1/own", "Sr3Ti2O7");
        var sibling = Stored("sibling", "10.1/OWN", "Sr2TiO4"); // the same paper, its DOI written in another case
        var other = Stored("other", "10.2/other", "SrTiO3");
        using var model = ReactionModel.Load(Path.Combine(RepositoryFiles.Root, ModelPath.Default), CPU);
        using var predictor = new ReactionPredictor(model, [own, sibling, other]);

        Assert.Equal(new StoredReaction("own", "10.1/own"), ReactionScorer.Query(own).Stored);
        var scored = Assert.Single(ReactionScorer.Score(predictor, [own]));
        var fromLiterature = scored.Candidates.Where(c => c.Sources.Contains(CandidateSources.Literature)).Select(c => c.Formula).ToArray();
        Assert.DoesNotContain("Sr3Ti2O7", fromLiterature);
        Assert.DoesNotContain("Sr2TiO4", fromLiterature);
        Assert.Contains("SrTiO3", fromLiterature);

        // A caller's query with the same precursors is no stored reaction: every paper may answer it.
        var open = predictor.Predict([new ReactionQuery(ReactionScorer.Query(own).Precursors, own.Actions)], 0, 20)[0];
        Assert.Contains(open.Candidates, c => c.Formula == "Sr3Ti2O7" && c.Sources.Contains(CandidateSources.Literature));
    }

    private static Reaction Stored(string id, string doi, string product) => new()
    {
        Id = id, Doi = doi, Kept = true, TargetFormula = product, Target = Composition.Parse(product).ToDictionary(e => e.Key, e => e.Value),
        ReactionString = $"SrCO3 + TiO2 == {product}",
        Precursors =
        [
            new Precursor { Formula = "SrCO3", Composition = new() { ["Sr"] = 1, ["C"] = 1, ["O"] = 3 } },
            new Precursor { Formula = "TiO2", Composition = new() { ["Ti"] = 1, ["O"] = 2 } },
        ],
        Actions = [ActionClass.DryMixing, ActionClass.Heating],
    };
}
