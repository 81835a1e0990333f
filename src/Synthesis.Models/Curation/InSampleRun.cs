using Synthesis.Data.Reactions;
using Synthesis.Data.Storage;
using Synthesis.Models.Reactions;

namespace Synthesis.Models.Curation;

/// <summary>
/// Scores every reaction with one existing model (which trained on most of them: the flags are in-sample). The scores
/// are kept per dataset and model version under the work folder, so re-running (other threshold, new rules) skips the model.
/// </summary>
public sealed class InSampleRun(string workDirectory, Action<string> progress)
{
    private const int ReportEvery = 2560;

    /// <param name="modelVersion">the predictor's version (<see cref="ReactionPredictor.VersionOf"/>: a retrained candidate
    /// scorer changes it), known before <paramref name="load"/> builds the predictor; part of the scores' file name</param>
    public List<ScoredReaction> Run(string modelVersion, Func<IReactionPredictor> load, IReadOnlyList<Reaction> reactions, DatasetVersion version,
        CancellationToken cancellation = default)
    {
        var file = Path.Combine(workDirectory, "in-sample",
            $"v{version.Number}-{version.ContentSha256[..Math.Min(12, version.ContentSha256.Length)]}-{modelVersion}.json");
        if (ScoreFile.TryRead(file) is { } earlier)
        {
            progress($"scores of {modelVersion} on dataset version {version.Number} finished earlier ({earlier.Count:N0} reactions): reusing {file}");
            return earlier;
        }
        var predictor = load();
        try
        {
            var scored = Score(predictor, reactions, cancellation);
            ScoreFile.Write(file, scored);
            return scored;
        }
        finally
        {
            (predictor as IDisposable)?.Dispose();
        }
    }

    private List<ScoredReaction> Score(IReactionPredictor predictor, IReadOnlyList<Reaction> reactions, CancellationToken cancellation)
    {
        progress($"scoring {reactions.Count:N0} reactions in sample with {predictor.ModelVersion}");
        var reported = 0;
        return ReactionScorer.Score(predictor, reactions, done =>
        {
            if (done - reported < ReportEvery && done < reactions.Count) return;
            reported = done;
            progress($"scored {done:N0}/{reactions.Count:N0}");
        }, cancellation);
    }
}
