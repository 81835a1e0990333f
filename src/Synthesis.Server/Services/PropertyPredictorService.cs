using Grpc.Core;
using Synthesis.Server.Execution;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Services;

/// <summary>Composition → property (Roost) with aleatoric and epistemic uncertainty; the model runs in the executor's interactive lane.</summary>
public sealed class PropertyPredictorService(PropertyModels models, PropertyRequestValidator validate, ModelExecutor executor)
    : Proto.PropertyPredictor.PropertyPredictorBase
{
    public override async Task<Proto.PropertyPrediction> PredictComposition(Proto.PredictCompositionRequest request, ServerCallContext context)
    {
        var (composition, name) = validate.Composition(request);
        var model = models.Get(name);
        var prediction = await executor.RunAsync(ModelLane.Interactive, () => model.Predict([composition])[0], context.CancellationToken);
        return new Proto.PropertyPrediction
        {
            Formula = composition.ToFormula(),
            ModelName = name,
            Target = model.Manifest.Target,
            Unit = model.Manifest.Unit,
            Value = prediction.Value,
            AleatoricUncertainty = prediction.Aleatoric,
            EpistemicUncertainty = prediction.Epistemic,
        };
    }

    public override Task<Proto.ListModelsResponse> ListModels(Proto.ListModelsRequest request, ServerCallContext context)
    {
        var response = new Proto.ListModelsResponse();
        foreach (var (name, manifest) in models.Available)
        {
            var model = new Proto.PropertyModel
            {
                Name = name, Target = manifest.Target, Unit = manifest.Unit, TrainingData = manifest.TrainingData, Members = manifest.Members,
            };
            if (manifest.TestMae is { } mae) model.TestMae = mae;
            response.Models.Add(model);
        }
        return Task.FromResult(response);
    }
}
