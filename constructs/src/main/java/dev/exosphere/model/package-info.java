/**
 * The application model: one {@code exosphere.yml} as immutable records, with every default already applied.
 *
 * <p>{@link dev.exosphere.model.ExoModel} is the root. The records know nothing of YAML: reading and checking the
 * file is {@link dev.exosphere.load}'s job, and where each value came from lives beside the records in a
 * {@link dev.exosphere.load.SourceMap}, so validation can point at the exact spot without the records carrying
 * positions around.
 */
package dev.exosphere.model;
