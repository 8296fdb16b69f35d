namespace MapDashboard.Cli.Errors;

/// <summary>An expected failure the operator can fix (bad input file, missing setting): printed as one line, exit code 1.</summary>
internal sealed class CliException(string message) : Exception(message);
