using Synthesis.Cli;

return SynthesisCommandLine.Run(args);
