return await Sangam.Cli.SangamCli.RunAsync(args);
