using Synthesis.Models.Reactions;
using Synthesis.Models.Reactions.Encoding;
using Synthesis.Models.Reactions.Inference;
using Synthesis.Models.Reactions.Network;
using static TorchSharp.torch;

namespace Synthesis.Models.Tests.Reactions;

/// <summary>
/// An untrained reaction model with every parameter drawn uniformly from ±0.3 (biases too, so no term is trivially zero),
/// the same for the same arguments: for tests that compare two ways of computing the same outputs.
/// </summary>
internal static class RandomReactionModel
{
    public static ReactionModel Make(ReactionModelOptions options, int members, IReadOnlyList<ReactionExample> examples, InferenceCacheOptions? caches = null)
    {
        random.manual_seed(17);
        var vocabulary = ElementVocabulary.Of(examples);
        var featurizer = PrecursorFeaturizer.Fit(examples.SelectMany(e => e.Precursors));
        var classifiers = Enumerable.Range(0, members).Select(_ => new ElementClassifier(options, vocabulary.Count)).ToArray();
        var regressors = Enumerable.Range(0, members).Select(_ => new StoichiometryRegressor(options, members, vocabulary.Count)).ToArray();
        var autoencoder = new ActionAutoencoder();
        using (no_grad())
            foreach (var parameter in classifiers.Concat<nn.Module>(regressors).Append(autoencoder).SelectMany(m => m.parameters()))
                parameter.uniform_(-0.3, 0.3);
        var manifest = new ReactionModelManifest
        {
            Options = options, Members = members, Elements = [.. vocabulary.Elements],
            FeatureMean = featurizer.Mean, FeatureScale = featurizer.Scale, Threshold = 0.5,
        };
        return new ReactionModel(Path.GetTempPath(), manifest, autoencoder, classifiers, regressors, CPU, caches);
    }
}
