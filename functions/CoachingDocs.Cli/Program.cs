using CoachingDocs.Cli;

return CoachDocsCli.Run(args, CliEnvironment.ForConsole());
