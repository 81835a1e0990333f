using Synthesis.Models.Network;
using static TorchSharp.torch;

namespace Synthesis.Models.Reactions.Network;

/// <summary>
/// The regressor members run as one for inference: the rows (reaction, product element) and their inputs are the same
/// for every member, so each residual layer of all M members is one batched product over their stacked weights
/// (<see cref="StackedWeights"/>). Same function as <see cref="StoichiometryRegressor.Fractions"/>.
/// </summary>
internal sealed class StackedRegressors(IReadOnlyList<StoichiometryRegressor> members) : IDisposable
{
    private readonly StackedWeights _weights = new(members);

    /// <returns>[M, batch, vocabulary] each member's fractions, zero outside the product's elements</returns>
    public Tensor Fractions(Tensor context, Tensor precursorMixture, Tensor elementVectors, Tensor present)
    {
        var rows = present.nonzero();
        var (reaction, element) = (rows[.., 0], rows[.., 1]);
        var x = StoichiometryRegressor.Inputs(members[0].UsesMixture, context, precursorMixture, elementVectors, reaction, element)
            .expand(_weights.Members, -1, -1);
        for (var i = 0; _weights.Contains($"score.layers.{i}.weight"); i++)
        {
            var skip = _weights.Contains($"score.skips.{i}.weight") ? _weights.Linear(x, $"score.skips.{i}") : x;
            x = nn.functional.leaky_relu(_weights.Linear(x, $"score.layers.{i}")) + skip;
        }
        var scores = _weights.Linear(x, "score.output").squeeze(2);                               // [M, rows]
        var fractions = SegmentSoftmax.Apply(scores.T, reaction, context.shape[0]);               // [rows, M]
        return zeros(present.shape[0], present.shape[1], _weights.Members, device: present.device)
            .index_put_(fractions, reaction, element)
            .permute(2, 0, 1);
    }

    public void Dispose() => _weights.Dispose();
}
