using Synthesis.Cli;

return SynthesisCommandLine.Build().Parse(args).Invoke();
