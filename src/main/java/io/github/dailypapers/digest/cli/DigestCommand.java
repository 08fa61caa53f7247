package io.github.dailypapers.digest.cli;

/** Placeholder replaced below. */
final class DigestCommand {
    private DigestCommand() {}
}
