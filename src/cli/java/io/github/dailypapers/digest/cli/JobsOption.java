package io.github.dailypapers.digest.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code -j}/{@code --jobs} option of the commands that parse many files (a picocli mixin). */
final class JobsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parse up to N files at once (default: the number of cores less one, at least 1).")
    Integer jobs;

    /**
     * How many files to parse at once.
     *
     * @throws ParameterException if the option is below 1
     */
    int threads() {
        if (jobs == null) {
            return OrderedPipeline.defaultThreads();
        }
        if (jobs < 1) {
            throw new ParameterException(command.commandLine(), "--jobs must be at least 1, was " + jobs);
        }
        return jobs;
    }
}
