using CoachingDocs.Bench;

if (args is ["check", ..]) return CheckBenchmark.Run(args[1..]);

Console.WriteLine("x");
return 0;
