using System.Globalization;
using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Candidates;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Training;

/// <summary>
/// Every candidate of the reactions a scorer learns from (the validation reactions and the even training sample of
/// <see cref="CandidateTraining"/>) and of the test reactions, one CSV row each: part, reaction, whether it is right
/// (within L1 0.05 of the recorded product), its formula and fractions, its features (<see cref="CandidateFeatures"/>)
/// and its reaction's ("r."-prefixed). A reaction without candidates is one row with formula NONE. For trying scorers
/// outside the service (bench/scorer_prototypes.py); ~230 MB for the paper split.
/// </summary>
internal static class FeatureDump
{
    public static void Write(ReactionModel model, TrainingData data, Literature literature, ModelOutput testOutput, ModelOutput validationOutput, string path)
    {
        var options = new CandidateOptions();
        var generator = new CandidateGenerator(literature, options);
        var sample = CandidateTraining.Sample(data, options);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var writer = new StreamWriter(path);
        writer.WriteLine("part,reaction,right,formula,fractions," + string.Join(",", CandidateFeatures.Candidate) + "," +
                         string.Join(",", CandidateFeatures.Reaction.Select(r => "r." + r)));
        Part("validation", data.Validation, validationOutput);
        Part("train", sample, model.Predict(sample));
        Part("test", data.Test, testOutput);

        void Part(string part, IReadOnlyList<ReactionExample> reactions, ModelOutput output)
        {
            for (var i = 0; i < reactions.Count; i++)
            {
                var reaction = reactions[i];
                var set = generator.Generate(reaction.Precursors, ModelView.From(model, output, i), reaction.Id, data.Doi(reaction.Id));
                var right = CandidateRanker.Right(set.Candidates, reaction.Product!);
                var reactionFeatures = Numbers(set.ReactionFeatures);
                for (var c = 0; c < set.Candidates.Count; c++)
                {
                    var candidate = set.Candidates[c];
                    var fractions = string.Join(";", candidate.Fractions.Select(f => f.Key + ":" + f.Value.ToString("R", CultureInfo.InvariantCulture)));
                    writer.WriteLine($"{part},{part}{i},{(right[c] ? 1 : 0)},{candidate.Formula},{fractions},{Numbers(candidate.Features)},{reactionFeatures}");
                }
                if (set.Candidates.Count == 0)
                    writer.WriteLine($"{part},{part}{i},0,NONE,,{string.Join(",", CandidateFeatures.Candidate.Select(_ => "nan"))},{reactionFeatures}");
            }
        }
    }

    private static string Numbers(IEnumerable<double> values) => string.Join(",", values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
