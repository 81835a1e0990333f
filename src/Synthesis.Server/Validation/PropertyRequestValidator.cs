using Grpc.Core;
using Synthesis.Chemistry.Formulas;
using Synthesis.Server.Startup;
using Proto = Synthesis.Grpc.V1;
using static Synthesis.Chemistry.InputLimits;

namespace Synthesis.Server.Validation;

/// <summary>PropertyPredictor requests → a composition and a model name, or INVALID_ARGUMENT naming the field.</summary>
public sealed class PropertyRequestValidator(PropertyModels models)
{
    public (Composition Composition, string Model) Composition(Proto.PredictCompositionRequest request)
    {
        var name = request.ModelName.Length == 0 ? PropertyModels.DefaultModel : request.ModelName;
        if (!models.Has(name))
            throw Invalid($"model_name: unknown model '{Echo(name)}'; use one of: {string.Join(", ", models.Available.Select(m => m.Name))}");
        if (request.Formula.Length == 0) throw Invalid("formula is required");
        return (RequestValidator.Formula(request.Formula, "formula"), name);
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
