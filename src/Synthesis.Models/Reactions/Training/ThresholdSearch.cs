using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Training;

/// <summary>Chooses the presence threshold on the validation set: the one with the best subset accuracy (ties: nearest 0.5).</summary>
public static class ThresholdSearch
{
    public static double BestSubsetAccuracy(Tensor probabilities, Tensor presence)
    {
        using var scope = NewDisposeScope();
        var candidates = Enumerable.Range(1, 19).Select(i => i * 0.05).OrderBy(t => Math.Abs(t - 0.5));
        return candidates.MaxBy(t =>
        {
            var chosen = ReactionModel.ChooseElements(probabilities, (float)t);
            return chosen.eq(presence).all(1).to(float32).mean().item<float>();
        });
    }
}
