using Grpc.Core;
using Synthesis.Chemistry.Formulas;
using Synthesis.Chemistry.Structures;
using Synthesis.Chemistry.Wyckoff;
using Synthesis.Models.Properties;
using Synthesis.Server.Execution;
using Synthesis.Server.Startup;
using Synthesis.Server.Validation;
using Proto = Synthesis.Grpc.V1;

namespace Synthesis.Server.Services;

/// <summary>
/// Composition → property (Roost) and crystal structure → property (Wren), each with aleatoric and epistemic
/// uncertainty. The model work — for a structure also reading it and finding its symmetry (CIF/JSON parsing, spglib) —
/// runs in the executor's interactive lane, so the call's deadline and cancellation drop it while it waits.
/// </summary>
public sealed class PropertyPredictorService(PropertyModels models, PropertyRequestValidator validate, ModelExecutor executor)
    : Proto.PropertyPredictor.PropertyPredictorBase
{
    public override async Task<Proto.PropertyPrediction> PredictComposition(Proto.PredictCompositionRequest request, ServerCallContext context)
    {
        var (composition, name) = validate.Composition(request);
        var model = models.Composition(name);
        var prediction = await executor.RunAsync(ModelLane.Interactive,
            () => ModelCalls.CallersError(() => model.Predict([composition])[0], "formula"), context.CancellationToken);
        return Answer(composition, name, model.Manifest, prediction);
    }

    public override async Task<Proto.PropertyPrediction> PredictStructure(Proto.PredictStructureRequest request, ServerCallContext context)
    {
        var name = validate.Structure(request);
        var model = models.Structure(name);
        var (label, prediction) = await executor.RunAsync(ModelLane.Interactive, () =>
        {
            var input = PropertyRequestValidator.ReadStructure(request);
            return (input.Label, ModelCalls.CallersError(() => model.Predict([input.Label])[0], StructureInput.Field(input.From)));
        }, context.CancellationToken);
        var answer = Answer(PrototypeComposition(label), name, model.Manifest, prediction);
        answer.ProtostructureLabel = label.ToString();
        return answer;
    }

    public override Task<Proto.ListModelsResponse> ListModels(Proto.ListModelsRequest request, ServerCallContext context)
    {
        var response = new Proto.ListModelsResponse();
        foreach (var (name, input, _, manifest) in models.Available)
            response.Models.Add(new Proto.PropertyModel
            {
                Name = name, Target = manifest.Target, Unit = manifest.Unit, TrainingData = manifest.TrainingData, Members = manifest.Members,
                Input = input == PropertyInput.Composition ? Proto.PropertyInput.Composition : Proto.PropertyInput.Structure,
                TestMae = manifest.TestMae,
            });
        return Task.FromResult(response);
    }

    private static Proto.PropertyPrediction Answer(Composition composition, string name, PropertyManifest manifest, PropertyPrediction prediction) => new()
    {
        Formula = composition.ToFormula(),
        ModelName = name,
        Target = manifest.Target,
        Unit = manifest.Unit,
        Value = prediction.Value,
        AleatoricUncertainty = prediction.Aleatoric,
        EpistemicUncertainty = prediction.Epistemic,
    };

    /// <summary>The label's reduced prototype composition: AB6C3 on Hf-N-Zn is HfN6Zn3.</summary>
    private static Composition PrototypeComposition(ProtostructureLabel label) =>
        Composition.From(label.Elements.Select((element, i) => KeyValuePair.Create(element, (double)label.PrototypeAmounts[i])));
}
