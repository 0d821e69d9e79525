/**
 * The {@code corroborate} command line: picocli commands that open a case, wire the stages together
 * and print what they did. The ingest stage's order of work is in {@link
 * org.corroborate.app.Ingester}; each command's options and examples are in its {@code @Command}
 * description, shown by {@code corroborate help COMMAND}. Exit status: 0 done, 1 something failed,
 * 2 usage error.
 */
package org.corroborate.app;
