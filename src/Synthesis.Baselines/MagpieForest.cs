using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Synthesis.Chemistry.Features;
using Synthesis.Data.Properties;

namespace Synthesis.Baselines;

/// <summary>
/// The thesis' classical baseline (Table 4.2): a random forest on the 145 Magpie composition features (Ward et al.
/// 2016, matminer's "magpie" preset), here ML.NET's FastForest regression.
/// </summary>
public sealed class MagpieForest
{
    /// <summary>Trees in the forest (scikit-learn's default is 100; more only steadies the average).</summary>
    public const int Trees = 300;
    /// <summary>Leaves per tree: deep trees, as a random forest grows them.</summary>
    public const int Leaves = 256;
    public const int MinimumRowsPerLeaf = 2;

    private readonly MLContext _context;
    private readonly ITransformer _model;
    private readonly SchemaDefinition _schema;

    private MagpieForest(MLContext context, ITransformer model, SchemaDefinition schema) => (_context, _model, _schema) = (context, model, schema);

    public static MagpieForest Fit(IReadOnlyList<PropertyRecord> rows, int seed = PropertySplit.DefaultSeed)
    {
        var context = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, MagpieFeatures.Count);
        var data = context.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = MagpieFeatures.Compute(r.Composition), Label = (float)r.Value }), schema);
        var trainer = context.Regression.Trainers.FastForest(new FastForestRegressionTrainer.Options
        {
            NumberOfTrees = Trees,
            NumberOfLeaves = Leaves,
            MinimumExampleCountPerLeaf = MinimumRowsPerLeaf,
            NumberOfThreads = 1,
        });
        return new MagpieForest(context, trainer.Fit(data), schema);
    }

    public double[] Predict(IReadOnlyList<PropertyRecord> rows)
    {
        var data = _context.Data.LoadFromEnumerable(rows.Select(r => new Row { Features = MagpieFeatures.Compute(r.Composition) }), _schema);
        return _context.Data.CreateEnumerable<Prediction>(_model.Transform(data), reuseRowObject: false).Select(p => (double)p.Score).ToArray();
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];
        public float Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }
}
